namespace OutcomesBot.Dialogs.Exercises.ChallengesChart;

/// <summary>
/// The guide's challenges chart: up to six challenges of getting outcomes into practice, each with how
/// significant it is and what will be done about it by the person and by the organisation.
/// </summary>
public sealed class ChallengesChartExercise : IExercise
{
    public const string Id = "challenges-chart";

    public const int MaxChallenges = 6;

    private static readonly IReadOnlyList<Choice> Significance =
    [
        new("High", "high"),
        new("Medium", "medium"),
        new("Low", "low"),
    ];

    public ExerciseInfo Info { get; } = new(
        Id,
        "Challenges chart",
        "List what gets in the way of outcomes-focused practice for you and your team, how much each challenge matters, and what can be done about it, both by you and by the organisation.",
        Minutes: 20,
        GuideSection: "Part two, exercise three: the challenges of getting outcomes into practice");

    public IReadOnlyList<ExerciseStep> Steps { get; } = [.. Enumerable.Range(1, MaxChallenges).Select(Step)];

    public static string ChallengeField(int n) => $"challenge-{n}";

    public static string SignificanceField(int n) => $"significance-{n}";

    public static string IndividualField(int n) => $"individual-{n}";

    public static string OrganisationalField(int n) => $"organisational-{n}";

    // One block per challenge rather than a four-column table: on a phone, 400 px wide, a table's headings and answers
    // broke mid-word ("Signific ance"); the block keeps the guide's chart columns as facts (decision 031).
    public IReadOnlyList<CardElement> Summarise(ExerciseAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var challenges = Enumerable.Range(1, MaxChallenges)
            .Where(n => RepeatedStep.Includes(answers, n) && answers.Has(ChallengeField(n)))
            .OrderBy(n => Rank(answers[SignificanceField(n)]))
            .ThenBy(n => n)
            .Select(n => Challenge(answers, n))
            .ToList();
        return
        [
            new TextBlock(challenges.Count == 1 ? "1 challenge, with the actions planned" : $"{challenges.Count.ToString(CultureInfo.InvariantCulture)} challenges, most significant first") { Weight = "Bolder" },
            .. challenges,
        ];
    }

    private static Container Challenge(ExerciseAnswers answers, int n) => new(
    [
        new TextBlock(answers[ChallengeField(n)]!) { Weight = "Bolder" },
        new FactSet(
        [
            new Fact("Significance", Significance.FirstOrDefault(s => s.Value == answers[SignificanceField(n)])?.Title ?? "Not given"),
            new Fact("My action", answers[IndividualField(n)] ?? "Not given"),
            new Fact("Organisation's action", answers[OrganisationalField(n)] ?? "Not given"),
        ]),
    ])
    {
        Separator = true,
        Spacing = "Medium",
    };

    private static int Rank(string? significance) => significance switch
    {
        "high" => 0,
        "medium" => 1,
        "low" => 2,
        _ => 3,
    };

    private static ExerciseStep Step(int n)
    {
        ExerciseField[] fields =
        [
            new TextField(ChallengeField(n), "Challenge", MaxLength: 300) { Placeholder = "e.g. the assessment form leaves little room for conversation" },
            new ChoiceField(SignificanceField(n), "Level of significance", Significance),
            new TextField(IndividualField(n), "Planned action: individual level", MaxLength: 500) { Placeholder = "What you (or a practitioner) can do with what you already have" },
            new TextField(OrganisationalField(n), "Planned action: organisational level", MaxLength: 500) { Placeholder = "What needs to change in systems, procedures or culture" },
        ];
        return RepeatedStep.Create($"challenge-{n}", $"Challenge {n}", n, MaxChallenges, fields, "Another challenge?", "Add another challenge after this one") with
        {
            Guidance = n == 1
                ? "Think of both personal challenges (such as the language of outcomes feeling unfamiliar) and ones in the system (such as a culture wary of risk). Favour actions that need skills or attitudes, not only extra money."
                : "Another challenge, with what you and the organisation can do about it.",
        };
    }
}
