using System.Globalization;
using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.Exercises.Fields;

namespace OutcomesBot.Dialogs.Exercises.TrainingPriorities;

/// <summary>
/// The guide's training priorities self-audit: the team's seven learning needs, each rated 1 (low) to 5 (high),
/// before or after training, and the parts of the guide to turn to for the needs rated highest.
/// </summary>
public sealed class TrainingPrioritiesExercise : IExercise
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
        var rated = LearningNeed.All.Select(need => (Need: need, Rating: answers.Number(need.FieldId))).ToList();
        List<CardElement> body =
        [
            new TextBlock($"Rated {When.TitleOf(answers[WhenField]).ToLowerInvariant()}") { Weight = "Bolder" },
            new Table([new TableColumn(4), new TableColumn(1)],
            [
                TableRow.OfText("Learning need", "Rating"),
                .. rated.Select(r => TableRow.OfText(r.Need.Name, r.Rating?.ToString(CultureInfo.InvariantCulture) ?? "-")),
            ]),
        ];
        body.AddRange(Suggestions(rated));
        return body;
    }

    private static ScaleField Rating(LearningNeed need) => new(need.FieldId, need.Name, "low", "high");

    private static IEnumerable<CardElement> Suggestions(List<(LearningNeed Need, int? Rating)> rated)
    {
        var highest = rated.Max(r => r.Rating ?? 0);
        yield return new TextBlock("Where to focus") { Weight = "Bolder", Spacing = "Medium" };
        if (highest < 3)
        {
            yield return new TextBlock("No need is rated above 2, so no area stands out. Pick the part of the guide your team is most curious about, or come back to this after a few months.") { Spacing = "None" };
            yield break;
        }

        // The needs rated highest point to the guide's sections; two needs can share one section.
        var sections = rated.Where(r => r.Rating == highest)
            .GroupBy(r => r.Need.PrioritySection)
            .Select(g => $"- **{g.Key}** ({g.First().Need.Topic}): for {string.Join("; ", g.Select(r => r.Need.Name.ToLowerInvariant()))}");
        yield return new TextBlock($"Your highest rating is {highest}. Start with:\n\n{string.Join("\n", sections)}") { Spacing = "None" };
    }
}
