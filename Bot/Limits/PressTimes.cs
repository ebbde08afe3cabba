using System.Globalization;
using OutcomesBot.Dialogs.Support;

namespace OutcomesBot.Bot.Limits;

/// <summary>
/// The sliding budgets over one person's recorded presses (decision 089), shared by both stores (decision 098): a press is
/// let through only when every budget, counted back from it, has room; only the presses within the longest window are
/// kept. Stored as UTC ticks, space-separated, oldest first (at most 60 of 19 digits: about 1.2 KB a person).
/// </summary>
public static class PressTimes
{
    /// <summary>The index of the first budget with no room at <paramref name="at"/>, or null when the press may go through.</summary>
    public static int? FirstFull(IReadOnlyList<long> passed, IReadOnlyList<PressBudget> budgets, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(passed);
        ArgumentNullException.ThrowIfNull(budgets);
        for (var i = 0; i < budgets.Count; i++)
        {
            var since = at.UtcTicks - budgets[i].Window.Ticks;
            if (passed.Count(ticks => ticks > since) >= budgets[i].Max)
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>The presses to keep once <paramref name="at"/> is let through: those within the longest window, and it.</summary>
    public static IReadOnlyList<long> With(IReadOnlyList<long> passed, IReadOnlyList<PressBudget> budgets, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(budgets);
        var since = at.UtcTicks - budgets.Max(budget => budget.Window).Ticks;
        return [.. passed.Where(ticks => ticks > since), at.UtcTicks];
    }

    public static IReadOnlyList<long> Parse(string? stored) =>
        string.IsNullOrEmpty(stored) ? [] : [.. stored.Split(' ').Select(ticks => long.Parse(ticks, CultureInfo.InvariantCulture))];

    public static string Format(IReadOnlyList<long> passed) => string.Join(' ', passed.Select(ticks => ticks.ToString(CultureInfo.InvariantCulture)));
}
