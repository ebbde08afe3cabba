namespace OutcomesBot.Dialogs.Exercises.OutcomesBasics;

/// <summary>The two approaches the guide contrasts, as choice values.</summary>
public static class Approaches
{
    public const string ServiceLed = "service-led";
    public const string OutcomesFocused = "outcomes-focused";

    public static IReadOnlyList<Choice> Choices { get; } =
    [
        new("Service-led", ServiceLed),
        new("Outcomes-focused", OutcomesFocused),
    ];
}
