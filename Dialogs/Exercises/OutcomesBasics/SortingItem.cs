namespace OutcomesBot.Dialogs.Exercises.OutcomesBasics;

/// <summary>One thing to sort: what the person reads, the right kind, and why it is that kind.</summary>
/// <param name="FieldId">The answer's field id.</param>
/// <param name="Text">The example outcome or statement.</param>
/// <param name="Answer">The value of the right option.</param>
/// <param name="Why">A one-line reason.</param>
public sealed record SortingItem(string FieldId, string Text, string Answer, string Why)
{
    public static IReadOnlyList<SortingItem> Outcomes { get; } =
    [
        new("kind-1", "Getting to the allotment every week with a neighbour", OutcomeKinds.QualityOfLife, "It is about having things to do and people to see: the life the person wants."),
        new("kind-2", "Being asked which days the support worker comes", OutcomeKinds.Process, "It is about how support is given: having a say in it."),
        new("kind-3", "Walking to the shop again after a hip operation", OutcomeKinds.Change, "It is an improvement in what the person's body can do."),
        new("kind-4", "Staff turning up when they said they would", OutcomeKinds.Process, "Reliability is about the way support is delivered."),
        new("kind-5", "Feeling less anxious about going out alone", OutcomeKinds.Change, "A gain in confidence or fewer symptoms is a change outcome."),
        new("kind-6", "Staying in her own flat rather than moving to a care home", OutcomeKinds.QualityOfLife, "Living where you want is part of an acceptable quality of life."),
    ];

    /// <summary>Everyday examples of what matters to unpaid carers, one or two for each group of the guide's Table 2.</summary>
    public static IReadOnlyList<SortingItem> CarerOutcomes { get; } =
    [
        new("carer-1", "Her husband still enjoying his afternoons at the day club", CarerOutcomeKinds.CaredFor, "Carers often name the cared-for person's quality of life first."),
        new("carer-2", "Keeping up her Thursday choir and her own health checks", CarerOutcomeKinds.OwnLife, "Health, well-being and a life of their own belong to the carer's quality of life."),
        new("carer-3", "Knowing what to do when his mother's medication changes", CarerOutcomeKinds.CaringRole, "Feeling informed and equipped is part of managing the caring role."),
        new("carer-4", "Being able to say how much caring he can take on", CarerOutcomeKinds.CaringRole, "Choice in caring, including its limits, is part of managing the role."),
        new("carer-5", "Being asked what she knows about her son's routines, and listened to", CarerOutcomeKinds.Process, "Being valued, with their expertise recognised, is about how services work with carers."),
    ];

    public static IReadOnlyList<SortingItem> Statements { get; } =
    [
        new("approach-1", "We work through the assessment form question by question so nothing is missed.", Approaches.ServiceLed, "A fixed question-and-answer form gathers data; a guided conversation finds what matters."),
        new("approach-2", "We start from what Mr Khan wants his days to look like, then look at family, community and services.", Approaches.OutcomesFocused, "It starts from the person's priorities and looks wider than services."),
        new("approach-3", "She qualifies for the day centre, so we have booked her two days a week.", Approaches.ServiceLed, "Matching needs to whatever service is available is what service-led means."),
        new("approach-4", "We go back to his goals at each review, because what he wants may have moved on.", Approaches.OutcomesFocused, "What matters to someone shifts over time, so their goals need checking again."),
    ];
}
