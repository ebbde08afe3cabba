namespace OutcomesBot.Dialogs.Exercises.LearningLog;

/// <summary>
/// A long message typed to the bot, offered as a dated note in the learning log. The offer shows the text in an
/// editable box; nothing is stored until Save, and the answer to Save does not repeat the text.
/// </summary>
public static class LearningLogNote
{
    public const string NoteField = "note";
    public const int MaxLength = 2000;

    private static readonly IReadOnlyDictionary<string, string> LogData =
        new Dictionary<string, string>(StringComparer.Ordinal) { [ExerciseVerbs.ExerciseKey] = LearningLogExercise.Id };

    public static AdaptiveCard Offer(string text, string? problem = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        List<CardElement> body =
        [
            Heading.Of("Keep this in your learning log?"),
            new TextBlock("That reads like a reflection rather than a command. I can save it as a dated note in your learning log, where only you can read it. Change it first if you like.") { Spacing = "None" },
        ];
        if (problem is not null)
        {
            body.Add(new TextBlock(problem) { Color = "attention" });
        }

        if (text.Length > MaxLength)
        {
            body.Add(new TextBlock($"A note holds {MaxLength.ToString("N0", CultureInfo.InvariantCulture)} characters, so only the start is below.") { IsSubtle = true });
        }

        body.Add(new TextInput(NoteField, "Your note") { IsMultiline = true, MaxLength = MaxLength, Value = text.Length > MaxLength ? text[..MaxLength] : text });
        return FullWidthCard.Create(body,
        [
            CardActions.Execute("Save to my log", ExerciseVerbs.SaveNote, LogData, submitsInputs: true) with { Style = "positive" },
            CardActions.Execute("No thanks", ExerciseVerbs.DismissNote, LogData),
        ], "Keep this in your learning log?");
    }

    /// <summary>The note as a finished learning-log entry of <paramref name="personId"/>.</summary>
    public static ExerciseSession Entry(string personId, string note, DateTimeOffset now) => new()
    {
        SessionId = Guid.NewGuid().ToString("N"),
        PersonId = personId,
        ExerciseId = LearningLogExercise.Id,
        Status = ExerciseSessionStatus.Completed,
        Answers = ExerciseAnswers.Empty.With([new(NoteField, note)]),
        Version = 1,
        StartedAt = now,
        UpdatedAt = now,
        CompletedAt = now,
    };

    public static AdaptiveCard Saved() => ExerciseCards.Notice(
        "Saved to your learning log",
        "Your note is in your learning log with today's date. Only you can read it; type my log to look back.",
        CardActions.Execute("My log", ExerciseVerbs.History, LogData),
        CardActions.Execute("Write a full entry", ExerciseVerbs.Intro, LogData));

    public static AdaptiveCard Dismissed() => ExerciseCards.Notice(
        "Not saved",
        "Nothing from that message was kept. Type help whenever you want to see what I can do.",
        CardActions.Execute("All exercises", ExerciseVerbs.Menu));
}
