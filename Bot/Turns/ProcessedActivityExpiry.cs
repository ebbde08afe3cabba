using OutcomesBot.Scheduler.Turns;

namespace OutcomesBot.Bot.Turns;

/// <summary>The deduplication window (<see cref="TurnOptions.DeduplicationWindow"/>) applied to the activity claims.</summary>
public sealed class ProcessedActivityExpiry(IActivityDeduplicator deduplicator, TimeProvider timeProvider, IOptions<TurnOptions> options) : IProcessedActivityExpiry
{
    public Task<int> ForgetExpiredAsync(CancellationToken cancellationToken) =>
        deduplicator.ForgetBeforeAsync(timeProvider.GetUtcNow() - options.Value.DeduplicationWindow, cancellationToken);
}
