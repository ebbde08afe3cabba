namespace OutcomesBot.Dialogs.CheckIns;

/// <summary>A person's choices about check-ins and reminders, and how many reminders each cycle has sent them.</summary>
public sealed record CheckInPreferences(string PersonId)
{
    public DateTimeOffset? PausedUntil { get; init; }

    public DateTimeOffset? SnoozedUntil { get; init; }

    public bool OptedOut { get; init; }

    /// <summary>True once the person pressed "Stop reminding me" on a saved-exercise reminder (decision 034).</summary>
    public bool SavedExerciseRemindersOff { get; init; }

    /// <summary>Reminders sent, by cycle id.</summary>
    public IReadOnlyDictionary<string, int> RemindersSent { get; init; } = new Dictionary<string, int>(StringComparer.Ordinal);

    public int RemindersSentFor(string cycleId) => RemindersSent.GetValueOrDefault(cycleId);

    /// <summary>
    /// What "delete my data" leaves of these preferences (decisions 079, 084): a stop, or else a pause still running at
    /// <paramref name="now"/>, with nothing else; null when there is nothing to keep. SQLite's checkIns source says the
    /// same in SQL; the store contracts hold both to it.
    /// </summary>
    public CheckInPreferences? KeptOnDelete(DateTimeOffset now) =>
        OptedOut ? new CheckInPreferences(PersonId) { OptedOut = true }
        : PausedUntil > now ? new CheckInPreferences(PersonId) { PausedUntil = PausedUntil }
        : null;
}
