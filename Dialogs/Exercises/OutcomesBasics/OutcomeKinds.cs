namespace OutcomesBot.Dialogs.Exercises.OutcomesBasics;

/// <summary>The guide's three kinds of outcome, as choice values.</summary>
public static class OutcomeKinds
{
    public const string QualityOfLife = "quality-of-life";
    public const string Process = "process";
    public const string Change = "change";

    public static IReadOnlyList<Choice> Choices { get; } =
    [
        new("Quality of life", QualityOfLife),
        new("Process", Process),
        new("Change", Change),
    ];

    /// <summary>
    /// The kinds a success story can be about: the three for people who receive support, and the carers' own from the
    /// guide's Table 2 (the life of the person cared for is already the first kind, so it is not repeated).
    /// </summary>
    public static IReadOnlyList<Choice> WithCarers { get; } =
    [
        .. Choices,
        new("Carer: their own life", CarerOutcomeKinds.OwnLife),
        new("Carer: managing the caring role", CarerOutcomeKinds.CaringRole),
        new("Carer: how services work with them", CarerOutcomeKinds.Process),
    ];
}
