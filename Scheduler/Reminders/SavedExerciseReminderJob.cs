namespace OutcomesBot.Scheduler.Reminders;

/// <summary>Queues the saved-exercise reminders that have come due, in its own DI scope; the delivery drain sends them.</summary>
[DisallowConcurrentExecution]
public sealed class SavedExerciseReminderJob(IServiceScopeFactory scopes) : IJob
{
    public static readonly JobKey Key = new("saved-exercise-reminders", "reminders");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SavedExerciseReminderPlanner>().QueueDueRemindersAsync(cancellationToken);
    }
}
