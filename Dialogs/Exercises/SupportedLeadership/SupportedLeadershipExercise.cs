namespace OutcomesBot.Dialogs.Exercises.SupportedLeadership;

/// <summary>
/// The guide's supported leadership chart: up to four kinds of support a leader needs to lead the approach, who
/// could give each and by when. Each need after the first is asked only when "add another" was switched on.
/// </summary>
public sealed class SupportedLeadershipExercise : IExercise
{
    public const string Id = "supported-leadership";

    public ExerciseInfo Info { get; } = new(
        Id,
        "Supported leadership",
        "Leading a change in practice needs backing too. Note up to four kinds of support you need, who could give each one, and by when, then share the list with the people named.",
        Minutes: 10,
        GuideSection: "Reflecting on leadership: supported leadership chart");

    public IReadOnlyList<ExerciseStep> Steps { get; } = [.. Enumerable.Range(1, SupportNeed.MaxNeeds).Select(NeedStep)];

    public IReadOnlyList<CardElement> Summarise(ExerciseAnswers answers)
    {
        var needs = SupportNeed.Recorded(answers);
        return
        [
            new TextBlock("Soonest first.") { IsSubtle = true },
            new Table([new TableColumn(3), new TableColumn(2), new TableColumn(2)],
            [
                TableRow.OfText("Support I need", "From whom", "By when"),
                .. needs.Select(n => TableRow.OfText(n.Support, n.From, n.By?.ToString("d MMM yyyy", CultureInfo.InvariantCulture) ?? "No date")),
            ]),
            new TextBlock("Share this with the people you named, and ask your manager or team for the time, resources and ideas you need.")
            {
                Spacing = "Medium",
            },
        ];
    }

    private static ExerciseStep NeedStep(int number)
    {
        ExerciseField[] fields =
        [
            new TextField(SupportNeed.SupportId(number), "What support do you need?", MaxLength: 400)
            {
                Placeholder = "e.g. time with my manager to reflect, a mentor, training in outcomes conversations, a network of other leaders",
            },
            new TextField(SupportNeed.FromId(number), "Who could give it?", MaxLength: 150)
            {
                Placeholder = "e.g. my manager, a colleague, the learning and development team",
                Multiline = false,
            },
            new DateField(SupportNeed.ById(number), "By when?"),
        ];
        var title = number == 1 ? "Support you need" : $"Support you need ({number} of up to {SupportNeed.MaxNeeds})";
        return RepeatedStep.Create($"need-{number}", title, number, SupportNeed.MaxNeeds, fields, "Another need", "Add another kind of support") with
        {
            Guidance = number == 1
                ? "Think about what would help you lead the change: time, tools, people, learning. Everyone's needs are different, so start with what would help you most."
                : "What else would help? Switch off \"add another\" when you have enough.",
        };
    }
}
