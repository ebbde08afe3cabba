namespace OutcomesBot.Scheduler.Stories;

/// <summary>
/// Runs the story offers' waiting-list back-fill (<see cref="IStoryOfferWaitingBackfill"/>) once each time the bot starts,
/// in the background so that start-up does not wait for a read of every offer. On a clustered job store one instance
/// runs it, and a firing cut short by a dead instance is run again (the job requests recovery); a later start finds it
/// marked done.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class StoryOfferWaitingBackfillJob(IStoryOfferWaitingBackfill backfill, ILogger<StoryOfferWaitingBackfillJob> logger) : SweepJob(logger, LogWritten)
{
    public static readonly JobKey Key = new("story-offer-waiting-backfill", "stories");

    protected override Task<int> SweepAsync(CancellationToken cancellationToken) =>
        backfill.RunAsync(cancellationToken);

    [LoggerMessage(EventId = 6408, Level = LogLevel.Information, Message = "Story offers back-fill listed {Count} offer(s) waiting that were not listed")]
    private static partial void LogWritten(ILogger logger, int count);
}
