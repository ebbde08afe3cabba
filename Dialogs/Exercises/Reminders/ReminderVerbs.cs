namespace OutcomesBot.Dialogs.Exercises.Reminders;

/// <summary>The buttons of the saved-exercise reminder ("Carry on" is the exercises' own resume verb).</summary>
public static class ReminderVerbs
{
    public const string Prefix = "reminders.";
    public const string TurnOff = "reminders.off";
    public const string TurnOn = "reminders.on";

    /// <summary>The outbox kind of the reminder; with the run's id and the person it makes the once-only key.</summary>
    public const string SavedExerciseKind = "saved-exercise-reminder";

    public static bool IsReminderVerb(string verb) => verb is TurnOff or TurnOn;

    /// <summary>The outbox cycle id of a run's reminder: one run, one reminder.</summary>
    public static string CycleOf(string sessionId) => "saved-" + sessionId;

    /// <summary>The run a reminder's cycle id names, or null for another cycle.</summary>
    public static string? SessionOf(string cycleId) =>
        cycleId is not null && cycleId.StartsWith("saved-", StringComparison.Ordinal) ? cycleId["saved-".Length..] : null;
}
