namespace OutcomesBot.Scheduler.Turns;

/// <summary>Forgets the activity claims (and stored replies) older than the turn pipeline's deduplication window.</summary>
public interface IProcessedActivityExpiry
{
    /// <summary>Removes what is past the window as of now; returns how many claims went.</summary>
    Task<int> ForgetExpiredAsync(CancellationToken cancellationToken);
}
