namespace OutcomesBot.Scheduler.Stories;

/// <summary>
/// Runs the story index back-fill (<see cref="IStoryIndexBackfill"/>) once each time the bot starts, in the background so
/// that start-up does not wait for a read of every story. On a clustered job store one instance runs it, and a firing cut
/// short by a dead instance is run again (the job requests recovery); a later start finds it marked done.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class StoryIndexBackfillJob(IStoryIndexBackfill backfill, ILogger<StoryIndexBackfillJob> logger) : SweepJob(logger, LogWritten)
{
    public static readonly JobKey Key = new("story-index-backfill", "stories");

    protected override Task<int> SweepAsync(CancellationToken cancellationToken) =>
        backfill.RunAsync(cancellationToken);

    [LoggerMessage(EventId = 6406, Level = LogLevel.Information, Message = "Story index back-fill wrote {Count} missing index row(s)")]
    private static partial void LogWritten(ILogger logger, int count);
}
