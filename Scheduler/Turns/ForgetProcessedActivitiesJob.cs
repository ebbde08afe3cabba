namespace OutcomesBot.Scheduler.Turns;

/// <summary>
/// Every minute, removes the activity claims older than the deduplication window, with the replies stored for
/// redeliveries, so a reply that echoes someone's answer is not kept longer than Teams can redeliver (on both backends).
/// Every minute rather than every ten: at 100 turns a second a run then deletes 6,000 claims, not 60,000 at once
/// behind the turns waiting to write (docs/decisions/022).
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class ForgetProcessedActivitiesJob(IProcessedActivityExpiry expiry, ILogger<ForgetProcessedActivitiesJob> logger) : SweepJob(logger, LogForgotten)
{
    public static readonly JobKey Key = new("processed-activities-forget", "turns");

    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override Task<int> SweepAsync(CancellationToken cancellationToken) =>
        expiry.ForgetExpiredAsync(cancellationToken);

    [LoggerMessage(EventId = 1301, Level = LogLevel.Information, Message = "Forgot {Count} processed activities older than the deduplication window")]
    private static partial void LogForgotten(ILogger logger, int count);
}
