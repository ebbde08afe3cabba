using System.Globalization;

namespace OutcomesBot.Scheduler.CheckIns;

/// <summary>
/// Turns a team's check-in rhythm into a Quartz trigger in the team's time zone. Weekly and monthly are cron
/// triggers; fortnightly is a calendar-interval trigger (every 2 weeks from the first matching day), because cron
/// has no "every other week". Every kind fires once for a run of missed slots, then carries on with its rhythm.
/// </summary>
public static class CheckInTriggers
{
    public const string Group = "check-ins";

    public static JobKey JobKey(string teamId) => new($"cycle:{teamId}", Group);

    public static TriggerKey TriggerKey(string teamId) => new($"cycle:{teamId}", Group);

    /// <summary>Builds the trigger for <paramref name="schedule"/>, first firing at the first slot after <paramref name="now"/>.</summary>
    public static ITrigger Build(CheckInSchedule schedule, DateTimeOffset now, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(schedule.TimeZoneId);
        var builder = TriggerBuilder.Create(timeProvider)
            .WithIdentity(TriggerKey(schedule.TeamId))
            .ForJob(JobKey(schedule.TeamId));
        return schedule.Cadence switch
        {
            CheckInCadence.Weekly => builder.StartAt(now).WithSchedule(Cron(WeeklyCron(schedule), zone)).Build(),
            CheckInCadence.Monthly => builder.StartAt(now).WithSchedule(Cron(MonthlyCron(schedule), zone)).Build(),
            CheckInCadence.Fortnightly => builder.StartAt(FirstWeeklySlot(schedule, zone, now, timeProvider))
                .WithSchedule(CalendarIntervalScheduleBuilder.Create()
                    .WithInterval(2, IntervalUnit.Week)
                    .InTimeZone(zone)
                    .PreserveHourOfDayAcrossDaylightSavings(true)
                    .WithMisfireInstruction(CalendarIntervalTriggerMisfireInstruction.FireAndProceed))
                .Build(),
            _ => throw new ArgumentOutOfRangeException(nameof(schedule), schedule.Cadence, "Unknown check-in cadence."),
        };
    }

    private static CronScheduleBuilder Cron(string expression, TimeZoneInfo zone) =>
        CronScheduleBuilder.Create(expression)
            .InTimeZone(zone)
            .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed);

    private static string WeeklyCron(CheckInSchedule schedule) =>
        string.Create(CultureInfo.InvariantCulture, $"0 {schedule.LocalTime.Minute} {schedule.LocalTime.Hour} ? * {DayName(schedule.Day)}");

    private static string MonthlyCron(CheckInSchedule schedule) => $"{WeeklyCron(schedule)}#1";

    // The fortnight is anchored on the first matching day and time from now; the weekly cron finds it, DST included.
    private static DateTimeOffset FirstWeeklySlot(CheckInSchedule schedule, TimeZoneInfo zone, DateTimeOffset now, TimeProvider timeProvider)
    {
        var weekly = TriggerBuilder.Create(timeProvider).StartAt(now).WithSchedule(Cron(WeeklyCron(schedule), zone)).Build();
        return weekly.GetFireTimeAfter(now.AddSeconds(-1))
            ?? throw new InvalidOperationException($"No weekly slot follows {now:O}.");
    }

    private static string DayName(DayOfWeek day) => day switch
    {
        DayOfWeek.Sunday => "SUN",
        DayOfWeek.Monday => "MON",
        DayOfWeek.Tuesday => "TUE",
        DayOfWeek.Wednesday => "WED",
        DayOfWeek.Thursday => "THU",
        DayOfWeek.Friday => "FRI",
        DayOfWeek.Saturday => "SAT",
        _ => throw new ArgumentOutOfRangeException(nameof(day), day, "Unknown weekday."),
    };
}
