namespace OutcomesBot.Dialogs.Exercises.RiskRatings;

/// <summary>
/// The guide's risk-taking exercise: a risk for each category of its risks table, each rated for likelihood and
/// impact with how it will be handled. Every category gets two steps: the risk, then (only when a risk was
/// written) its rating. The first category is required so that every run ends with at least one risk.
/// </summary>
public sealed class RiskRatingsExercise : IExercise
{
    public const string Id = "risk-ratings";

    public const string Reduce = "reduce";
    public const string Manage = "manage";

    public static IReadOnlyList<Choice> Responses { get; } =
    [
        new("Avoid or reduce it (do less of it, or not at all)", Reduce),
        new("Manage and support it (keep an eye on it, agree a compromise, add safeguards)", Manage),
    ];

    public ExerciseInfo Info { get; } = new(
        Id,
        "Risk-taking",
        "Name the risks of working towards what matters to people, for everyone involved and of changing nothing at all, rate how likely and how serious each one is, and decide how you will handle it.",
        Minutes: 20,
        GuideSection: "Part two, exercise six: risk-taking");

    public IReadOnlyList<ExerciseStep> Steps { get; } = [.. RiskCategory.All.SelectMany(CategorySteps)];

    public IReadOnlyList<CardElement> Summarise(ExerciseAnswers answers) => RiskRatingsSummary.Build(answers);

    private static IEnumerable<ExerciseStep> CategorySteps(RiskCategory category, int index)
    {
        var first = index == 0;
        yield return new ExerciseStep($"{category.Key}-risk", category.Title,
        [
            new TextField(category.RiskId, category.Question, Required: first, MaxLength: 400) { Placeholder = category.Prompt },
        ])
        {
            Guidance = first
                ? "Think of a goal someone you support wants to reach that feels risky. Start with the risk to them; you can leave the later categories empty if nothing comes to mind."
                : "Leave this empty if you can't see a risk here, and the rating is skipped.",
        };
        yield return new ExerciseStep($"{category.Key}-rating", $"Rating: {category.Name}",
        [
            new ChoiceField(category.LikelihoodId, "How likely is it to happen?", RiskLevel.Choices),
            new ChoiceField(category.ImpactId, "How serious would it be if it did?", RiskLevel.Choices),
            new ChoiceField(category.ResponseId, "Which way will you handle it?", Responses),
            new TextField(category.PlanId, "What will you do about it?", MaxLength: 600)
            {
                Placeholder = "Who does what, what you will watch for, and what would make you think again",
            },
        ])
        {
            Guidance = "Reducing a risk usually means doing less; managing it means still going ahead, with support and checks. If you can't find a way to manage it, ask whether the risk is worth it.",
            Context = answers => [Callout.Note(answers[category.RiskId] ?? string.Empty)],
            When = answers => answers.Has(category.RiskId),
        };
    }
}
