using OutcomesBot.Dialogs.Exercises;
using OutcomesBot.Dialogs.Exercises.Reminders;

namespace OutcomesBot.Scheduler.Reminders;

/// <summary>
/// Queues the one reminder for each run saved for later and left untouched for <c>Reminders:SavedExerciseAfter</c>:
/// in the person's 1:1 chat, in their check-in hours (outside quiet hours on a working day, in their own time zone),
/// never for someone who turned these reminders off. The outbox key (run, person, kind) makes a second one impossible.
/// </summary>
public sealed partial class SavedExerciseReminderPlanner(
    ISavedExerciseRuns runs,
    ICheckInStore preferences,
    IPersonStore people,
    IEnumerable<IExercise> exercises,
    IOutboxStore outbox,
    SavedExerciseReminderOptions options,
    CheckInOptions hours,
    TimeProvider time,
    ILogger<SavedExerciseReminderPlanner> logger)
{
    public const int PageSize = 100;

    private readonly CheckInTiming _timing = new(hours);

    /// <summary>Queues every reminder due now, a page of runs at a time; returns how many were newly queued.</summary>
    public async Task<int> QueueDueRemindersAsync(CancellationToken cancellationToken)
    {
        if (!options.SavedExerciseEnabled)
        {
            return 0;
        }

        var now = time.GetUtcNow();
        var queued = 0;
        string? after = null;
        while (true)
        {
            var page = await runs.ListSavedAsync(now - options.SavedExerciseAfter, after, PageSize, cancellationToken);
            foreach (var run in page)
            {
                queued += await QueueAsync(run, now, cancellationToken);
            }

            if (page.Count < PageSize)
            {
                break;
            }

            after = page[^1].SessionId;
        }

        if (queued > 0)
        {
            LogQueued(logger, queued);
        }

        return queued;
    }

    private async Task<int> QueueAsync(ExerciseSession run, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var exercise = exercises.FirstOrDefault(e => e.Info.Id == run.ExerciseId);
        if (exercise is null || run.StepIndex >= exercise.Steps.Count
            || (await preferences.GetPreferencesAsync(run.PersonId, cancellationToken)).SavedExerciseRemindersOff)
        {
            return 0;
        }

        // Only in the person's daytime: a run found at night waits for a later scan inside their hours.
        var person = await people.GetAsync(run.PersonId, cancellationToken);
        if (_timing.MoveToAllowed(now, person?.TimeZone, TimeZoneInfo.Utc.Id) > now)
        {
            return 0;
        }

        var card = CardJson.Serialize(SavedExerciseReminderCards.Reminder(exercise, run));
        var message = OutboxMessage.Create(ReminderVerbs.CycleOf(run.SessionId), run.PersonId, person?.TenantId ?? string.Empty, ReminderVerbs.SavedExerciseKind, card, now);
        return await outbox.EnqueueAsync([message], cancellationToken);
    }

    [LoggerMessage(EventId = 6701, Level = LogLevel.Information, Message = "{Count} saved-exercise reminders queued")]
    private static partial void LogQueued(ILogger logger, int count);
}
