namespace OutcomesBot.Dialogs.Exercises.LearningLog;

/// <summary>
/// The guide's learning log (reflecting on leadership): what worked, what didn't, significant learning,
/// its practical application, and longer-term actions. Each finished run is a dated entry in "my log".
/// </summary>
public sealed class LearningLogExercise : IExercise
{
    public const string Id = "learning-log";

    public ExerciseInfo Info { get; } = new(
        Id,
        "Learning log",
        "Capture what you are learning as you put the approach into practice: what went well, what didn't, and what you will do about it. Each entry is dated, so you can look back at how your practice has moved on.",
        Minutes: 10,
        GuideSection: "Reflecting on leadership: learning log");

    public IReadOnlyList<ExerciseStep> Steps { get; } =
    [
        new("looking-back", "Looking back",
        [
            new TextField("worked", "What worked?") { Placeholder = "A conversation, a plan, a change that made a difference" },
            new TextField("didnt-work", "What didn't work?") { Placeholder = "What got in the way, or fell flat" },
        ])
        {
            Guidance = "Think about a recent piece of work where you tried to focus on what matters to the person.",
        },
        new("looking-forward", "Looking forward",
        [
            new TextField("learning", "Significant learning"),
            new TextField("application", "How will you apply it in practice?"),
            new TextField("actions", "Longer-term actions you need to take", Required: false),
        ]),
    ];

    public IReadOnlyList<CardElement> Summarise(ExerciseAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        if (answers.Has(LearningLogNote.NoteField))
        {
            return Section("Note", answers[LearningLogNote.NoteField]);
        }

        return
        [
            .. Section("What worked", answers["worked"]),
            .. Section("What didn't work", answers["didnt-work"]),
            .. Section("Significant learning", answers["learning"]),
            .. Section("Practical application", answers["application"]),
            .. Section("Longer-term actions", answers["actions"] ?? "None noted."),
        ];
    }

    private static CardElement[] Section(string title, string? text) =>
    [
        new TextBlock(title) { Weight = "Bolder", Spacing = "Medium" },
        new TextBlock(text ?? string.Empty) { Spacing = "None" },
    ];
}
