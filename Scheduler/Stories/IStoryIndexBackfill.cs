namespace OutcomesBot.Scheduler.Stories;

/// <summary>
/// Fills in the story index rows a store began to keep after stories were stored without them (decision 087); implemented
/// by the host's store adapter, run once by <see cref="StoryIndexBackfillJob"/>.
/// </summary>
public interface IStoryIndexBackfill
{
    /// <summary>
    /// Writes the index rows the stored stories lack and then marks the back-fill done; returns how many rows it wrote. It
    /// may run on two instances at once or again after stopping half-way: it writes only what is missing, and once marked
    /// done it reads the mark and nothing else.
    /// </summary>
    Task<int> RunAsync(CancellationToken cancellationToken);
}
