using OutcomesBot.Cards.Model;

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
}
