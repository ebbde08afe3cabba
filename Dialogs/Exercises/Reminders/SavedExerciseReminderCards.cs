namespace OutcomesBot.Dialogs.Exercises.Reminders;

/// <summary>The reminder for a saved exercise and the answers to "Stop reminding me" and "Turn reminders back on". Pure.</summary>
public static class SavedExerciseReminderCards
{
    public const string OffTitle = "Reminders turned off";
    public const string OnTitle = "Reminders turned on";
    public const string OffText = "I won't remind you about exercises you save for later. Your saved answers stay where they are. "
        + "To have reminders again, press **Turn reminders back on** below.";
    public const string OnText = "If you save an exercise for later and a week goes by, I'll send you one short reminder.";

    /// <summary>The one reminder: which exercise, how far the person got, and the two choices.</summary>
    public static AdaptiveCard Reminder(IExercise exercise, ExerciseSession session)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        ArgumentNullException.ThrowIfNull(session);
        var (number, total, exact) = ExerciseCards.StepPosition(exercise, session);
        var where = exact ? $"step {number} of {total}" : $"step {number}";
        var text = $"You saved **{exercise.Info.Title}** for later, at {where}. Your answers are kept: carry on where you stopped whenever it suits you. "
            + "This is the only reminder I'll send about it.";
        return ExerciseCards.Notice("Your saved exercise", text,
            CardActions.Execute("Carry on", ExerciseVerbs.Resume, ExerciseCards.SessionData(session)),
            CardActions.Execute("Stop reminding me", ReminderVerbs.TurnOff));
    }

    public static AdaptiveCard TurnedOff() =>
        ExerciseCards.Notice(OffTitle, OffText, CardActions.Execute("Turn reminders back on", ReminderVerbs.TurnOn), CardActions.Execute("All exercises", ExerciseVerbs.Menu));

    public static AdaptiveCard TurnedOn() =>
        ExerciseCards.Notice(OnTitle, OnText, CardActions.Execute("Stop reminding me", ReminderVerbs.TurnOff), CardActions.Execute("All exercises", ExerciseVerbs.Menu));
}
