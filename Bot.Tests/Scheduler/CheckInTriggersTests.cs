using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Scheduler.CheckIns;

namespace OutcomesBot.Bot.Tests.Scheduler;

// 2026: the US moves to daylight time on Sunday 8 March, the UK on Sunday 29 March. Mondays: 2, 9, 16, 23, 30 March.
public sealed class CheckInTriggersTests
{
    private static readonly DateTimeOffset StartOfMarch = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Weekly_Monday0900_London_KeepsLocalTimeAcrossBritishSummerTime()
    {
        var fires = NextFires(new CheckInSchedule("team", CheckInCadence.Weekly, DayOfWeek.Monday, new TimeOnly(9, 0), "Europe/London"), 5);

        Assert.Equal(
            [Utc(3, 2, 9), Utc(3, 9, 9), Utc(3, 16, 9), Utc(3, 23, 9), Utc(3, 30, 8)],
            fires);
    }

    [Fact]
    public void Weekly_Monday0900_NewYork_KeepsLocalTimeAcrossUsDaylightTime()
    {
        var fires = NextFires(new CheckInSchedule("team", CheckInCadence.Weekly, DayOfWeek.Monday, new TimeOnly(9, 0), "America/New_York"), 3);

        Assert.Equal([Utc(3, 2, 14), Utc(3, 9, 13), Utc(3, 16, 13)], fires);
    }

    [Fact]
    public void Fortnightly_Monday0900_NewYork_EveryOtherMondayAtNineLocal()
    {
        var fires = NextFires(new CheckInSchedule("team", CheckInCadence.Fortnightly, DayOfWeek.Monday, new TimeOnly(9, 0), "America/New_York"), 3);

        Assert.Equal([Utc(3, 2, 14), Utc(3, 16, 13), Utc(3, 30, 13)], fires);
    }

    [Fact]
    public void Monthly_Monday0900_London_FirstMondayOfEachMonth()
    {
        var fires = NextFires(new CheckInSchedule("team", CheckInCadence.Monthly, DayOfWeek.Monday, new TimeOnly(9, 0), "Europe/London"), 3);

        Assert.Equal([Utc(3, 2, 9), Utc(4, 6, 8), Utc(5, 4, 8)], fires);
    }

    [Fact]
    public void Weekly_MinutesAreKept()
    {
        var fires = NextFires(new CheckInSchedule("team", CheckInCadence.Weekly, DayOfWeek.Friday, new TimeOnly(16, 45), "Europe/London"), 1);

        Assert.Equal([new DateTimeOffset(2026, 3, 6, 16, 45, 0, TimeSpan.Zero)], fires);
    }

    [Fact]
    public void UnknownTimeZone_IsRejected()
    {
        Assert.Throws<TimeZoneNotFoundException>(() => CheckInTriggers.Build(
            new CheckInSchedule("team", CheckInCadence.Weekly, DayOfWeek.Monday, new TimeOnly(9, 0), "Mars/Olympus_Mons"), StartOfMarch, TimeProvider.System));
    }

    private static List<DateTimeOffset> NextFires(CheckInSchedule schedule, int count)
    {
        var trigger = CheckInTriggers.Build(schedule, StartOfMarch, TimeProvider.System);
        var fires = new List<DateTimeOffset>();
        var after = StartOfMarch;
        while (fires.Count < count && trigger.GetFireTimeAfter(after) is { } next)
        {
            fires.Add(next);
            after = next;
        }

        return fires;
    }

    private static DateTimeOffset Utc(int month, int day, int hour) => new(2026, month, day, hour, 0, 0, TimeSpan.Zero);
}
