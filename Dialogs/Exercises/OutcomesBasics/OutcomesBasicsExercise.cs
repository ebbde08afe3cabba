namespace OutcomesBot.Dialogs.Exercises.OutcomesBasics;

/// <summary>
/// A short sorting activity on the guide's basics: example outcomes sorted into quality of life, process and
/// change, then statements sorted into service-led or outcomes-focused, with feedback as the person goes.
/// </summary>
public sealed class OutcomesBasicsExercise : IExercise
{
    public const string Id = "outcomes-basics";

    public ExerciseInfo Info { get; } = new(
        Id,
        "Outcomes basics",
        "Sort some everyday examples into the three kinds of outcome, then tell service-led practice from outcomes-focused practice. You get feedback on each answer, so it works as a quick refresher or a team warm-up.",
        Minutes: 5,
        GuideSection: "Part one, exercises one and two (training materials)");

    public IReadOnlyList<ExerciseStep> Steps { get; } =
    [
        new("kinds", "Three kinds of outcome", [.. SortingItem.Outcomes.Select(item => Sort(item, OutcomeKinds.Choices))])
        {
            Guidance = "An outcome is what changes in someone's life because of the support they get. Quality of life: the life a person wants to lead. "
                + "Process: how support is given. Change: improvements in how someone is physically, mentally or emotionally. Which kind is each example?",
        },
        new("approaches", "Service-led or outcomes-focused?", [.. SortingItem.Statements.Select(item => Sort(item, Approaches.Choices))])
        {
            Guidance = "Service-led practice starts from the services on offer; outcomes-focused practice starts from what matters to the person. Which is each statement closer to?",
            Context = answers => OutcomesBasicsFeedback.ForKinds(answers),
        },
        new("carers", "What matters to unpaid carers", [.. SortingItem.CarerOutcomes.Select(item => Sort(item, CarerOutcomeKinds.Choices))])
        {
            Guidance = "Carers have outcomes of their own. The guide groups them four ways: the life of the person they care for, their own life "
                + "(health, well-being, a life outside caring), managing the caring role (choice, skills, partnership) and how services work with them. Which group is each example?",
        },
    ];

    public IReadOnlyList<CardElement> Summarise(ExerciseAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return OutcomesBasicsFeedback.Summary(answers);
    }

    private static ChoiceField Sort(SortingItem item, IReadOnlyList<Choice> choices) => new(item.FieldId, item.Text, choices);
}
