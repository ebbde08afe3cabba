namespace OutcomesBot.Scheduler.CheckIns;

/// <summary>
/// A team's check-in cycle coming round: records the firing, opens the cycle and queues each member's check-in
/// (see <see cref="CheckInFanOut"/>). Runs in its own DI scope, so scoped stores never outlive one firing.
/// </summary>
/// A job scheduled before cycle keys existed gets one on its first firing, kept in its data from then on.
[DisallowConcurrentExecution]
[PersistJobDataAfterExecution]
public sealed partial class CheckInCycleJob(IServiceScopeFactory scopes, TimeProvider timeProvider, ILogger<CheckInCycleJob> logger) : IJob
{
    public const string TeamIdKey = "teamId";
    public const string CycleKeyKey = "cycleKey";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var teamId = context.RequiredString(TeamIdKey);
        var firedAt = timeProvider.GetUtcNow();
        var scheduledFor = context.SlotFireTimeUtc() ?? firedAt;
        await using var scope = scopes.CreateAsyncScope();
        var log = scope.ServiceProvider.GetRequiredService<ICheckInCycleLog>();
        await log.RecordAsync(new CheckInCycleFiring(teamId, scheduledFor, firedAt, context.FireInstanceId), cancellationToken);
        LogCycleFired(logger, teamId, scheduledFor, firedAt);
        var fanOut = scope.ServiceProvider.GetRequiredService<CheckInFanOut>();
        await fanOut.OpenCycleAsync(teamId, scheduledFor, await context.NextSlotFireTimeUtcAsync(cancellationToken), CycleKey(context), cancellationToken);
    }

    private static string CycleKey(IJobExecutionContext context)
    {
        if (context.JobDetail.JobDataMap.TryGetString(CycleKeyKey, out var key) && !string.IsNullOrEmpty(key))
        {
            return key;
        }

        key = CheckInMessages.NewCycleKey();
        context.JobDetail.JobDataMap[CycleKeyKey] = key;
        return key;
    }

    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Check-in cycle of team {TeamId} fired for {ScheduledFor:O} at {FiredAt:O}")]
    private static partial void LogCycleFired(ILogger logger, string teamId, DateTimeOffset scheduledFor, DateTimeOffset firedAt);
}
