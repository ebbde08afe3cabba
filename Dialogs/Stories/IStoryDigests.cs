namespace OutcomesBot.Dialogs.Stories;

/// <summary>The weekly story digests, as the delivery engine holds them.</summary>
public interface IStoryDigests
{
    /// <summary>
    /// Rebuilds every digest that carried the story without it: a queued one before it goes (or it never goes when the
    /// story was its only one), a posted one updated in the channel. False when one of them is being sent right now and
    /// cannot be changed until it has gone (the story is then left in place).
    /// </summary>
    Task<bool> LeaveOutAsync(Story story, CancellationToken cancellationToken);
}
