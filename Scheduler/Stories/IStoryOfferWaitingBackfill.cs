namespace OutcomesBot.Scheduler.Stories;

/// <summary>
/// Fills in the list of offers waiting that a store began to keep after offers were stored without it (decision 105);
/// implemented by the host's store adapter, run once by <see cref="StoryOfferWaitingBackfillJob"/>.
/// </summary>
public interface IStoryOfferWaitingBackfill
{
    /// <summary>
    /// Lists every undecided offer stored that is not listed yet and then marks the back-fill done; returns how many it
    /// listed. It may run on two instances at once or again after stopping half-way: it writes only what is missing, and
    /// once marked done it reads the mark and nothing else.
    /// </summary>
    Task<int> RunAsync(CancellationToken cancellationToken);
}
