namespace OutcomesBot.Dialogs.Exercises.ProgressChart;

/// <summary>
/// The guide's progress chart (what difference has the approach made?): one agreed outcome, the steps taken,
/// what the person and their carer say has changed, and what helped and got in the way.
/// </summary>
public sealed class ProgressChartExercise : IExercise
{
    public const string Id = "progress-chart";

    public ExerciseInfo Info { get; } = new(
        Id,
        "What difference has it made?",
        "Pick one outcome you agreed with someone you support, or with their carer, and trace what has changed since: what you did, what they notice, and what helped or held things back.",
        Minutes: 15,
        GuideSection: "Part two, exercise seven: what difference has the approach made?");

    public IReadOnlyList<ExerciseStep> Steps { get; } =
    [
        new("outcome", "The outcome",
        [
            new TextField("outcome", "Which outcome did you agree?", MaxLength: 300)
            {
                Placeholder = "e.g. feeling safer at home, more confident going out, a better mood",
                Multiline = false,
            },
            new TextField("steps", "What have you done towards it?", MaxLength: 1000),
        ])
        {
            Guidance = "Choose one outcome agreed with a person you support or someone who supports them. If you haven't worked this way yet, imagine a case and what could have changed.",
        },
        new("changes", "What has changed, in their words",
        [
            new TextField("person-says", "What does the person you support say has changed or improved?", MaxLength: 1000),
            new TextField("carer-says", "What does their carer, or whoever supports them, say?", Required: false, MaxLength: 1000)
            {
                Placeholder = "Leave empty if nobody else is involved",
            },
        ])
        {
            Guidance = "Write down what they told you, as close to their own words as you can, rather than your own view of the change.",
        },
        new("difference", "What made the difference",
        [
            new TextField("differences", "What key differences did working towards outcomes make here?", MaxLength: 1000),
            new TextField("enablers", "What helped progress?", MaxLength: 800),
            new TextField("barriers", "What held progress back?", Required: false, MaxLength: 800),
        ])
        {
            Guidance = "Think about people, resources, timing and the way the work was organised, not only what you did yourself.",
        },
    ];

    public IReadOnlyList<CardElement> Summarise(ExerciseAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return
        [
            new Container([.. Section("Outcome", answers["outcome"])]) { Style = "emphasis" },
            .. Section("Steps taken", answers["steps"]),
            .. Section("What the person says has changed", answers["person-says"]),
            .. Section("What their carer says", answers["carer-says"] ?? "Not recorded."),
            .. Section("Key differences the approach made", answers["differences"]),
            .. Section("What helped", answers["enablers"]),
            .. Section("What held it back", answers["barriers"] ?? "Nothing noted."),
        ];
    }

    private static CardElement[] Section(string title, string? text) =>
    [
        new TextBlock(title) { Weight = "Bolder", Spacing = "Medium" },
        new TextBlock(string.IsNullOrEmpty(text) ? "–" : text) { Spacing = "None" },
    ];
}
