namespace OutcomesBot.Dialogs.Exercises.InnovativeSolutions;

/// <summary>
/// The guide's brainstorm for innovative solutions: for one scenario, the usual way of reaching the outcome,
/// as many alternatives as possible, then the two best worked through (reasons, resources, partners, barriers).
/// </summary>
public sealed class InnovativeSolutionsExercise : IExercise
{
    public const string Id = "innovative-solutions";

    public const string ScenarioField = "scenario";
    public const string OwnScenarioField = "own-scenario";
    public const string UsualField = "usual-way";
    public const string AlternativesField = "alternatives";

    private static readonly ChoiceField ScenarioChoice = new(ScenarioField, "Which scenario will you work on?", Scenario.Choices);

    public ExerciseInfo Info { get; } = new(
        Id,
        "Innovative solutions",
        "Take a scenario (one from the guide or one of your own), brainstorm ways of reaching the person's outcome beyond the usual service, and work through your two best ideas: why they are good, what they need, who to involve and what could get in the way.",
        Minutes: 30,
        GuideSection: "Part two, exercise five: brainstorming for innovative solutions");

    public IReadOnlyList<ExerciseStep> Steps { get; } =
    [
        new("scenario", "Choose a scenario", [ScenarioChoice])
        {
            Guidance = "Pick the scenario closest to your area of practice, or describe one of your own on the next step.",
            Context = _ => [.. Scenario.Guide.Select(s => new TextBlock($"**{s.Name}**: {s.Story}") { Spacing = "Small" })],
        },
        new("own-scenario", "Your scenario",
        [
            new TextField(OwnScenarioField, "Describe the person, their situation and the outcome they want", MaxLength: 1500),
        ])
        {
            Guidance = "A real situation works best, with any names or details that could identify someone left out.",
            When = answers => answers[ScenarioField] == Scenario.OwnValue,
        },
        new("ideas", "Brainstorm",
        [
            new TextField(UsualField, "What is the usual way of achieving the outcome?", MaxLength: 1000),
            new TextField(AlternativesField, "Alternative ideas: as many as you can", MaxLength: 2000) { Placeholder = "Family, friends, neighbours, community groups, technology, the person's own skills..." },
        ])
        {
            Guidance = "Don't worry yet about money or rules: the aim is as many ideas as possible, with no criticism.",
            Context = ScenarioReminder,
        },
        SolutionStep(1),
        SolutionStep(2),
    ];

    public static string SolutionField(int n, string part) => $"solution-{n}-{part}";

    public IReadOnlyList<CardElement> Summarise(ExerciseAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return InnovativeSolutionsSummary.Build(answers, ScenarioName(answers), ScenarioText(answers));
    }

    internal static IReadOnlyList<(string Part, string Label)> SolutionParts { get; } =
    [
        ("idea", "The solution"),
        ("reasons", "Why it is good (aim for three reasons)"),
        ("resources", "Resources needed"),
        ("partners", "Partners to involve"),
        ("barriers", "Barriers"),
        ("overcome", "How the barriers could be overcome"),
    ];

    private static string ScenarioName(ExerciseAnswers answers) =>
        Scenario.Find(answers[ScenarioField])?.Name ?? "My own scenario";

    private static string ScenarioText(ExerciseAnswers answers) =>
        Scenario.Find(answers[ScenarioField])?.Story ?? answers[OwnScenarioField] ?? string.Empty;

    private static IReadOnlyList<CardElement> ScenarioReminder(ExerciseAnswers answers) =>
    [
        new Container([new TextBlock($"**{ScenarioName(answers)}**: {ScenarioText(answers)}") { IsSubtle = true }]) { Style = "emphasis" },
    ];

    private static ExerciseStep SolutionStep(int n) =>
        new($"solution-{n}", n == 1 ? "Best solution" : "Second-best solution",
        [
            .. SolutionParts.Select(p => new TextField(SolutionField(n, p.Part), p.Label, MaxLength: p.Part == "idea" ? 500 : 1000)),
        ])
        {
            Guidance = n == 1
                ? "Pick the idea you think would work best and think it through."
                : "Now your next-best idea, in the same way.",
            Context = n == 1 ? ScenarioReminder : null,
        };
}
