namespace OutcomesBot.Dialogs.Exercises;

/// <summary>
/// Asked when Stop is pressed on a step: stopping deletes the saved run, which cannot be undone, so the person chooses
/// between deleting it and keeping it (with what they had typed on the step). The buttons carry the run's step and
/// version, so a confirmation left in the chat can neither delete nor overwrite answers given after it was drawn.
/// </summary>
public static class ExerciseStopCard
{
    public const string StopAndDelete = "Stop and delete";
    public const string KeepIt = "Keep it";

    /// <summary>
    /// The confirmation. <paramref name="typed"/> is what was typed on the step (checked, empty ones null): "Keep it" carries
    /// it back so that it is saved with the run; "Stop and delete" carries nothing.
    /// </summary>
    public static AdaptiveCard Create(IExercise exercise, ExerciseSession session, IEnumerable<KeyValuePair<string, string?>>? typed = null)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        ArgumentNullException.ThrowIfNull(session);
        var data = ExerciseCards.SessionData(session);
        var keep = new Dictionary<string, string>(data, StringComparer.Ordinal);
        if (typed is not null)
        {
            keep[ExerciseVerbs.InputsKey] = ExerciseVerbs.InputsSent;
            foreach (var (fieldId, value) in typed)
            {
                if (value is not null)
                {
                    keep[fieldId] = value;
                }
            }
        }

        return FullWidthCard.Create(
            [
                // A title that is a question already ends in "?": "Stop “What difference has it made?”", not "made??".
                Heading.Of(exercise.Info.IsQuestion ? $"Stop {exercise.Info.InSentence}" : $"Stop {exercise.Info.Title}?"),
                new TextBlock("Stopping deletes your answers to this exercise so far, and they cannot be brought back."),
                new TextBlock("If you would rather come back to it, keep it: it stays saved and you can carry on from **exercises** whenever you like.")
                {
                    IsSubtle = true,
                },
            ],
            [
                CardActions.Execute(KeepIt, ExerciseVerbs.Resume, keep),
                CardActions.Execute(StopAndDelete, ExerciseVerbs.ConfirmCancel, data) with { Style = "destructive" },
            ],
            exercise.Info.TitleWith("stop?"));
    }
}
