namespace OutcomesBot.Dialogs.Exercises;

/// <summary>
/// Asked when Stop is pressed on a step: stopping deletes the saved run, which cannot be undone, so the person chooses
/// between deleting it and keeping it. The buttons carry the run's step and version, so a confirmation left in the chat
/// cannot delete answers given after it was drawn.
/// </summary>
public static class ExerciseStopCard
{
    public const string StopAndDelete = "Stop and delete";
    public const string KeepIt = "Keep it";

    public static AdaptiveCard Create(IExercise exercise, ExerciseSession session)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        ArgumentNullException.ThrowIfNull(session);
        var data = ExerciseCards.SessionData(session);
        return FullWidthCard.Create(
            [
                Heading.Of($"Stop {exercise.Info.Title}?"),
                new TextBlock("Stopping deletes your answers to this exercise so far, and they cannot be brought back."),
                new TextBlock("If you would rather come back to it, keep it: it stays saved and you can carry on from **exercises** whenever you like.")
                {
                    IsSubtle = true,
                },
            ],
            [
                CardActions.Execute(KeepIt, ExerciseVerbs.Resume, data),
                CardActions.Execute(StopAndDelete, ExerciseVerbs.ConfirmCancel, data) with { Style = "destructive" },
            ],
            $"{exercise.Info.Title}: stop?");
    }
}
