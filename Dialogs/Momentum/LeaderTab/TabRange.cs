namespace OutcomesBot.Dialogs.Momentum.LeaderTab;

/// <summary>The spans the leaders' tab offers. <see cref="Key"/> is what the page sends; <see cref="Weeks"/> how many momentum weeks it covers.</summary>
public sealed record TabRange(string Key, string Label, int Weeks)
{
    public static TabRange TwelveWeeks { get; } = new("12w", "12 weeks", 12);
    public static TabRange SixMonths { get; } = new("6m", "6 months", 26);
    public static TabRange TwelveMonths { get; } = new("12m", "12 months", 52);

    public static IReadOnlyList<TabRange> All { get; } = [TwelveWeeks, SixMonths, TwelveMonths];

    /// <summary>The range for <paramref name="key"/>; 12 weeks when none is given, null for a key that is not one of <see cref="All"/>.</summary>
    public static TabRange? Parse(string? key) =>
        string.IsNullOrEmpty(key) ? TwelveWeeks : All.FirstOrDefault(range => range.Key == key);
}
