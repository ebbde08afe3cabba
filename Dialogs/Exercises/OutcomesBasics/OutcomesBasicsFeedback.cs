namespace OutcomesBot.Dialogs.Exercises.OutcomesBasics;

/// <summary>Right-or-wrong feedback on the sorting, item by item, with a score.</summary>
public static class OutcomesBasicsFeedback
{
    public static IReadOnlyList<CardElement> ForKinds(ExerciseAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return
        [
            new Container([new TextBlock($"How you sorted the outcomes: {Score(answers, SortingItem.Outcomes)}") { Weight = "Bolder" }, .. Items(answers, SortingItem.Outcomes, OutcomeKinds.Choices)])
            {
                Style = "emphasis",
            },
        ];
    }

    public static IReadOnlyList<CardElement> Summary(ExerciseAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var all = SortingItem.Outcomes.Concat(SortingItem.Statements).Concat(SortingItem.CarerOutcomes).ToList();
        // Each part's score shows; its answers, with why, open under a button, so that the card stays phone-sized.
        return
        [
            new TextBlock($"Score: {Score(answers, all)}") { Size = "Medium", Weight = "Bolder" },
            .. Part("Kinds of outcome", answers, SortingItem.Outcomes, OutcomeKinds.Choices),
            .. Part("Service-led or outcomes-focused", answers, SortingItem.Statements, Approaches.Choices),
            .. Part("What matters to unpaid carers", answers, SortingItem.CarerOutcomes, CarerOutcomeKinds.Choices),
        ];
    }

    private static IEnumerable<CardElement> Part(string title, ExerciseAnswers answers, IReadOnlyList<SortingItem> items, IReadOnlyList<Choice> choices)
    {
        yield return new TextBlock($"{title}: {Score(answers, items)}") { Weight = "Bolder", Spacing = "Medium" };
        yield return new ActionSet([new ShowCardAction("See the answers", new AdaptiveCard { Body = [.. Items(answers, items, choices)] })]) { Spacing = "Small" };
    }

    private static string Score(ExerciseAnswers answers, IReadOnlyList<SortingItem> items) =>
        $"{items.Count(item => answers[item.FieldId] == item.Answer)} out of {items.Count} right";

    private static IEnumerable<CardElement> Items(ExerciseAnswers answers, IReadOnlyList<SortingItem> items, IReadOnlyList<Choice> choices) =>
        items.Select(item => Item(item, answers[item.FieldId], choices));

    private static TextBlock Item(SortingItem item, string? answer, IReadOnlyList<Choice> choices)
    {
        var right = TitleOf(item.Answer, choices);
        var verdict = answer == item.Answer
            ? $"Right: {right}."
            : $"You said {(answer is null ? "nothing" : TitleOf(answer, choices))}; it is {right}.";
        return new TextBlock($"{(answer == item.Answer ? "✔" : "✘")} **{item.Text}**  \n{verdict} {item.Why}") { Spacing = "Small" };
    }

    private static string TitleOf(string value, IReadOnlyList<Choice> choices) => choices.FirstOrDefault(c => c.Value == value)?.Title ?? value;
}
