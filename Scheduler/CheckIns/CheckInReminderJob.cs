namespace OutcomesBot.Scheduler.CheckIns;

/// <summary>Queues the check-in reminders that have come due, in its own DI scope; the delivery drain sends them.</summary>
[DisallowConcurrentExecution]
public sealed class CheckInReminderJob(IServiceScopeFactory scopes) : IJob
{
    public static readonly JobKey Key = new("reminders", CheckInTriggers.Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CheckInReminderPlanner>().QueueDueRemindersAsync(cancellationToken);
    }
}
