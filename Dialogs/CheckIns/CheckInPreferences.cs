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
}
