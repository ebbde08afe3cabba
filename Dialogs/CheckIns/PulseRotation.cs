namespace OutcomesBot.Dialogs.CheckIns;

/// <summary>
/// The pulse asks a few of the 14 conditions each cycle instead of all of them: the conditions fall into four groups
/// (4, 4, 3 and 3 statements, kept together by theme), and the group follows the team's local week, counted in a fixed
/// four-week rotation. Any four weekly cycles in a row therefore ask every condition once, so every calendar month (which
/// always holds four consecutive weekly cycles) asks them all. A fortnightly cycle asks its own week's group and the next
/// (two cycles cover all four); a monthly cycle has no later cycle in the month and asks every group (decision 025).
/// </summary>
public static class PulseRotation
{
    /// <summary>The rotation's weeks; the number of groups.</summary>
    public const int Weeks = 4;

    // A Monday: rotation week 0 starts on it and every fourth Monday after it.
    private static readonly DateOnly Epoch = new(2024, 1, 1);

    public static IReadOnlyList<IReadOnlyList<string>> Groups { get; } =
    [
        ["involved", "heard", "reasons", "big-picture"],
        ["benefit-me", "benefit-organisation", "benefit-community", "important"],
        ["competence", "support-time", "necessary"],
        ["status-quo", "pace", "spacing"],
    ];

    /// <summary>Which of the four weeks of the rotation <paramref name="localDate"/> falls in (0 to 3).</summary>
    public static int WeekOf(DateOnly localDate)
    {
        var weeks = (int)Math.Floor((localDate.DayNumber - Epoch.DayNumber) / 7.0);
        return ((weeks % Weeks) + Weeks) % Weeks;
    }

    /// <summary>The condition ids a cycle opening on <paramref name="localDate"/> asks: <paramref name="groups"/> groups from that week's.</summary>
    public static IReadOnlyList<string> ConditionsFor(DateOnly localDate, int groups)
    {
        var first = WeekOf(localDate);
        return Enumerable.Range(0, Math.Clamp(groups, 1, Weeks)).SelectMany(i => Groups[(first + i) % Weeks]).ToList();
    }
}
