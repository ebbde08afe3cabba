namespace OutcomesBot.Scheduler.CheckIns;

/// <summary>Queues the check-in reminders that have come due, in its own DI scope; the delivery drain sends them.</summary>
[DisallowConcurrentExecution]
public sealed class CheckInReminderJob(IServiceScopeFactory scopes) : ScopedJob<CheckInReminderPlanner>(scopes)
{
    public static readonly JobKey Key = new("reminders", CheckInTriggers.Group);

    protected override Task RunAsync(CheckInReminderPlanner work, IJobExecutionContext context, CancellationToken cancellationToken) =>
        work.QueueDueRemindersAsync(cancellationToken);
}
