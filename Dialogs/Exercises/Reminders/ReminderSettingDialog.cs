using OutcomesBot.Dialogs.CheckIns;

namespace OutcomesBot.Dialogs.Exercises.Reminders;

/// <summary>
/// "Stop reminding me" and "Turn reminders back on": a per-person setting kept with the person's other reminder
/// choices (<see cref="CheckInPreferences"/>), so it is exported and deleted with them in <c>my data</c>.
/// </summary>
public sealed class ReminderSettingDialog(ICheckInStore preferences)
{
    public async Task<AdaptiveCard> HandleAsync(string personId, string verb, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(personId);
        var off = verb == ReminderVerbs.TurnOff;
        var stored = await preferences.GetPreferencesAsync(personId, cancellationToken);
        if (stored.SavedExerciseRemindersOff != off)
        {
            await preferences.SavePreferencesAsync(stored with { SavedExerciseRemindersOff = off }, cancellationToken);
        }

        return off ? SavedExerciseReminderCards.TurnedOff() : SavedExerciseReminderCards.TurnedOn();
    }
}
