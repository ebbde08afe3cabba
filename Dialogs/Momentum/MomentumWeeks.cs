namespace OutcomesBot.Dialogs.Momentum;

/// <summary>
/// A momentum week runs from Monday 00:00 UTC to the next Monday. UTC rather than each team's zone keeps one
/// definition for every team and for people in different zones; the edge moves by at most a few hours (decision 010).
/// </summary>
public static class MomentumWeeks
{
    public static DateTimeOffset StartOf(DateTimeOffset time)
    {
        var utc = time.ToUniversalTime();
        var daysSinceMonday = ((int)utc.DayOfWeek + 6) % 7;
        return new DateTimeOffset(utc.Date, TimeSpan.Zero).AddDays(-daysSinceMonday);
    }

    /// <summary>The <paramref name="count"/> week starts ending with the week of <paramref name="now"/>, oldest first.</summary>
    public static IReadOnlyList<DateTimeOffset> LastWeeks(DateTimeOffset now, int count)
    {
        var current = StartOf(now);
        return Enumerable.Range(0, count).Select(i => current.AddDays(-7 * (count - 1 - i))).ToList();
    }
}
