using OutcomesBot.Dialogs.Exercises;
using OutcomesBot.Dialogs.Exercises.Reminders;

namespace OutcomesBot.Scheduler.Reminders;

/// <summary>
/// Checked just before a saved-exercise reminder goes out: not if the run was since finished or stopped, nor if the
/// person turned these reminders off or they were switched off for everyone, and never to a channel.
/// </summary>
public sealed class SavedExerciseReminderPrecondition(IExerciseSessionStore sessions, ICheckInStore preferences, SavedExerciseReminderOptions options) : IOutboxPrecondition
{
    public bool Handles(string kind) => kind == ReminderVerbs.SavedExerciseKind;

    public async Task<string?> SkipReasonAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!options.SavedExerciseEnabled)
        {
            return "RemindersDisabled";
        }

        if (message.ChannelConversationId is not null || ReminderVerbs.SessionOf(message.CycleId) is not { } sessionId)
        {
            return "NotPersonal";
        }

        if ((await preferences.GetPreferencesAsync(message.RecipientId, cancellationToken)).SavedExerciseRemindersOff)
        {
            return "RemindersOff";
        }

        var run = await sessions.GetAsync(message.RecipientId, sessionId, cancellationToken);
        return run is { Status: ExerciseSessionStatus.InProgress } ? null : "RunClosed";
    }
}
