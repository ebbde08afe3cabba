namespace OutcomesBot.Dialogs.Exercises.RiskRatings;

/// <summary>The guide's three-point rating for both likelihood and impact.</summary>
public static class RiskLevel
{
    public const string Low = "low";
    public const string Medium = "medium";
    public const string High = "high";

    /// <summary>Low to high: the order of the matrix's columns.</summary>
    public static IReadOnlyList<string> Ascending { get; } = [Low, Medium, High];

    public static IReadOnlyList<Choice> Choices { get; } = [new("Low", Low), new("Medium", Medium), new("High", High)];

    public static string Title(string? level) => Choices.FirstOrDefault(c => c.Value == level)?.Title ?? "Not rated";
}
