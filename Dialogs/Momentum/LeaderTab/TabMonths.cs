namespace OutcomesBot.Dialogs.Momentum.LeaderTab;

/// <summary>Calendar months (UTC) for the tab's monthly figures, named "yyyy-MM".</summary>
public static class TabMonths
{
    /// <summary>The months that [<paramref name="from"/>, <paramref name="to"/>) touches, oldest first.</summary>
    public static IReadOnlyList<string> Between(DateTimeOffset from, DateTimeOffset to)
    {
        var months = new List<string>();
        for (var month = StartOf(from); month < to; month = month.AddMonths(1))
        {
            months.Add(Key(month));
        }

        return months;
    }

    public static string Key(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static DateTimeOffset StartOf(DateTimeOffset time)
    {
        var utc = time.ToUniversalTime();
        return new DateTimeOffset(utc.Year, utc.Month, 1, 0, 0, 0, TimeSpan.Zero);
    }
}
