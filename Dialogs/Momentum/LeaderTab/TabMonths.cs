namespace OutcomesBot.Dialogs.Momentum.LeaderTab;

/// <summary>
/// The tab's months, named "yyyy-MM": a month is the momentum weeks (<see cref="MomentumWeeks"/>) that start in it, four or
/// five whole weeks, so that its figures can be added up from the frozen weeks and never split one (decision 048). A moment
/// belongs to the month its week started in: Sunday 3 January is in December when that week began on Monday 28 December.
/// </summary>
public static class TabMonths
{
    /// <summary>The month <paramref name="time"/> counts in: the one its week started in.</summary>
    public static string Of(DateTimeOffset time) => Key(MomentumWeeks.StartOf(time));

    /// <summary>The first week of the month that <paramref name="weekStart"/> is in, so that a range can take that month whole.</summary>
    public static DateTimeOffset FirstWeekOfMonth(DateTimeOffset weekStart)
    {
        var start = MomentumWeeks.StartOf(weekStart);
        return FirstMonday(start.Year, start.Month);
    }

    /// <summary>Whether every week of <paramref name="month"/> has finished by <paramref name="currentWeek"/>, the week under way.</summary>
    public static bool HasEnded(string month, DateTimeOffset currentWeek)
    {
        ArgumentNullException.ThrowIfNull(month);
        var first = DateTimeOffset.ParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).AddMonths(1);
        return FirstMonday(first.Year, first.Month) <= currentWeek;
    }

    private static string Key(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static DateTimeOffset FirstMonday(int year, int month)
    {
        var first = new DateTimeOffset(year, month, 1, 0, 0, 0, TimeSpan.Zero);
        return first.AddDays((8 - (int)first.DayOfWeek) % 7);
    }
}
