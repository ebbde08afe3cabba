namespace OutcomesBot.Scheduler.Reminders;

/// <summary>Queues the saved-exercise reminders that have come due, in its own DI scope; the delivery drain sends them.</summary>
[DisallowConcurrentExecution]
public sealed class SavedExerciseReminderJob(IServiceScopeFactory scopes) : ScopedJob<SavedExerciseReminderPlanner>(scopes)
{
    public static readonly JobKey Key = new("saved-exercise-reminders", "reminders");

    protected override Task RunAsync(SavedExerciseReminderPlanner work, IJobExecutionContext context, CancellationToken cancellationToken) =>
        work.QueueDueRemindersAsync(cancellationToken);
}
