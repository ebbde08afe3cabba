namespace OutcomesBot.Dialogs.Exercises.TrainingPriorities;

/// <summary>
/// The guide's training priorities self-audit: the team's seven learning needs, each rated 1 (low) to 5 (high),
/// before or after training, and the parts of the guide to turn to for the needs rated highest. A second audit is set
/// against the person's audit before it, as the guide's table sets "before training" against "after training".
/// </summary>
public sealed class TrainingPrioritiesExercise : IExercise, IComparesWithEarlier
{
    public const string Id = "training-priorities";

    private const string WhenField = "when";

    private static readonly ChoiceField When = new(WhenField, "Are you rating before or after training?",
    [
        new Choice("Before training", "before"),
        new Choice("After training", "after"),
    ]);

    public ExerciseInfo Info { get; } = new(
        Id,
        "Training priorities",
        "Rate how much your team needs to learn in each of seven areas of outcomes-focused practice, and see which parts of the guide to start with. Do it again after training to see how things have moved.",
        Minutes: 5,
        GuideSection: "What are your training priorities?");

    public IReadOnlyList<ExerciseStep> Steps { get; } =
    [
        new("timing", "Before or after training?", [When])
        {
            Guidance = "Rating before training shows where to start; rating again afterwards shows what has changed and what still needs work.",
        },
        new("understanding", "Understanding the approach", [.. LearningNeed.All.Take(4).Select(Rating)])
        {
            Guidance = "Think about your team as a whole. 1 means they have little need to learn more about this; 5 means it is a high priority.",
        },
        new("practice", "Practising and keeping it going", [.. LearningNeed.All.Skip(4).Select(Rating)])
        {
            Guidance = "Same scale: 1 is a low need, 5 a high one. Go with your first sense of it.",
        },
    ];

    public IReadOnlyList<CardElement> Summarise(ExerciseAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var rated = Rated(answers);
        List<CardElement> body =
        [
            new TextBlock($"Rated {When.TitleOf(answers[WhenField]).ToLowerInvariant()}") { Weight = "Bolder" },
            new Table([new TableColumn(4), new TableColumn(1)],
            [
                TableRow.OfText("Learning need", "Rating"),
                .. rated.Select(r => TableRow.OfText(r.Need.Name, Show(r.Rating))),
            ]),
        ];
        body.AddRange(TrainingPrioritiesAdvice.For(rated));
        return body;
    }

    public IReadOnlyList<CardElement> Summarise(ExerciseAnswers answers, ExerciseAnswers earlier, DateTimeOffset earlierAt)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(earlier);
        var rated = Rated(answers);
        var then = Rated(earlier);
        var eased = rated.Zip(then).Count(pair => pair.First.Rating < pair.Second.Rating);
        var grown = rated.Zip(then).Count(pair => pair.First.Rating > pair.Second.Rating);
        List<CardElement> body =
        [
            new TextBlock($"Rated {When.TitleOf(answers[WhenField]).ToLowerInvariant()}, against your audit of {earlierAt.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}") { Weight = "Bolder" },
            new Table([new TableColumn(4), new TableColumn(1), new TableColumn(1)],
            [
                TableRow.OfText("Learning need", "Then", "Now"),
                .. rated.Zip(then).Select(pair => TableRow.OfText(pair.First.Need.Name, Show(pair.Second.Rating), Show(pair.First.Rating))),
            ]),
            new TextBlock(Movement(eased, grown)) { Spacing = "Small" },
        ];
        body.AddRange(TrainingPrioritiesAdvice.For(rated));
        return body;
    }

    private static string Movement(int eased, int grown) => (eased, grown) switch
    {
        (0, 0) => "Every rating is where it was.",
        (_, 0) => $"The need has eased in {Areas(eased)} and grown in none.",
        (0, _) => $"The need has grown in {Areas(grown)} and eased in none.",
        _ => $"The need has eased in {Areas(eased)} and grown in {Areas(grown)}.",
    };

    private static string Areas(int count) => count == 1 ? "1 area" : $"{count} areas";

    private static string Show(int? rating) => rating?.ToString(CultureInfo.InvariantCulture) ?? "-";

    private static List<(LearningNeed Need, int? Rating)> Rated(ExerciseAnswers answers) =>
        [.. LearningNeed.All.Select(need => (need, answers.Number(need.FieldId)))];

    private static ScaleField Rating(LearningNeed need) => new(need.FieldId, need.Name, "low", "high");
}
