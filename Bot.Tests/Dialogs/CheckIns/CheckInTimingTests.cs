using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using OutcomesBot.Dialogs.CheckIns;

namespace OutcomesBot.Bot.Tests.Dialogs.CheckIns;

/// <summary>When check-ins and reminders arrive: the person's local time, working days, quiet hours, at most two reminders.</summary>
public sealed class CheckInTimingTests
{
    private const string London = "Europe/London";
    private const string NewYork = "America/New_York";
    private static readonly DateOnly Monday = new(2026, 11, 23);
    private static readonly DateOnly Friday = new(2026, 11, 27);
    private static readonly DateOnly Saturday = new(2026, 11, 28);

    private readonly CheckInTiming _timing = new(new CheckInOptions());

    [Fact]
    public void A_person_in_New_York_gets_the_London_team_rhythm_at_nine_in_New_York()
    {
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 14, 0, 0, TimeSpan.Zero), _timing.Delivery(Monday, new TimeOnly(9, 0), NewYork, London));
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero), _timing.Delivery(Monday, new TimeOnly(9, 0), London, London));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Not/AZone")]
    public void Without_a_known_zone_of_their_own_a_person_gets_the_team_time(string? personZone) =>
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero), _timing.Delivery(Monday, new TimeOnly(9, 0), personZone, London));

    [Fact]
    public void A_Friday_rhythm_in_quiet_hours_moves_to_Monday_morning()
    {
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero), _timing.Delivery(Friday, new TimeOnly(20, 30), London, London));
        var earlyQuiet = new CheckInTiming(new CheckInOptions { QuietHoursStart = new TimeOnly(19, 0) });
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero), earlyQuiet.Delivery(Friday, new TimeOnly(19, 30), London, London));
    }

    [Fact]
    public void A_Friday_rhythm_before_quiet_hours_stays_on_Friday() =>
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 19, 30, 0, TimeSpan.Zero), _timing.Delivery(Friday, new TimeOnly(19, 30), London, London));

    [Fact]
    public void A_Saturday_rhythm_moves_to_Monday_at_the_same_time() =>
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 10, 0, 0, TimeSpan.Zero), _timing.Delivery(Saturday, new TimeOnly(10, 0), London, London));

    [Fact]
    public void Configured_working_days_are_respected()
    {
        var weekends = new CheckInTiming(new CheckInOptions { WorkingDays = [DayOfWeek.Saturday, DayOfWeek.Sunday] });
        Assert.Equal(new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero), weekends.Delivery(Monday, new TimeOnly(10, 0), London, London));
    }

    [Fact]
    public void Early_morning_in_quiet_hours_moves_to_the_end_of_quiet_hours_that_day() =>
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero), _timing.Delivery(Monday, new TimeOnly(6, 30), London, London));

    [Fact]
    public void Reminders_come_one_and_three_working_days_later_skipping_the_weekend()
    {
        var thursday = new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

        var plan = _timing.ReminderPlan(thursday, London, London);

        Assert.Equal([new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero)], plan);
    }

    [Fact]
    public void Reminders_stop_after_two()
    {
        var (cycle, delivery) = Cycle();
        var preferences = new CheckInPreferences("p") { RemindersSent = new Dictionary<string, int> { [cycle.CycleId] = 1 } };

        Assert.Equal(new DateTimeOffset(2026, 11, 26, 14, 0, 0, TimeSpan.Zero), _timing.NextReminder(cycle, delivery, preferences, answered: false, NewYork, London));
        Assert.Null(_timing.NextReminder(cycle, delivery, preferences with { RemindersSent = new Dictionary<string, int> { [cycle.CycleId] = 2 } }, answered: false, NewYork, London));
    }

    [Fact]
    public void No_reminder_after_an_answer_or_an_opt_out()
    {
        var (cycle, delivery) = Cycle();
        var preferences = new CheckInPreferences("p");

        Assert.Equal(new DateTimeOffset(2026, 11, 24, 14, 0, 0, TimeSpan.Zero), _timing.NextReminder(cycle, delivery, preferences, answered: false, NewYork, London));
        Assert.Null(_timing.NextReminder(cycle, delivery, preferences, answered: true, NewYork, London));
        Assert.Null(_timing.NextReminder(cycle, delivery, preferences with { OptedOut = true }, answered: false, NewYork, London));
    }

    [Fact]
    public void A_snooze_moves_the_next_reminder_out_of_quiet_hours()
    {
        var (cycle, delivery) = Cycle();
        // Snoozed until Tuesday 21:00 in New York: quiet hours, so Wednesday 08:00 there.
        var preferences = new CheckInPreferences("p") { SnoozedUntil = new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.Zero) };

        Assert.Equal(new DateTimeOffset(2026, 11, 25, 13, 0, 0, TimeSpan.Zero), _timing.NextReminder(cycle, delivery, preferences, answered: false, NewYork, London));
    }

    [Fact]
    public void No_reminder_while_paused_past_the_cycle()
    {
        var (cycle, delivery) = Cycle();
        var preferences = new CheckInPreferences("p") { PausedUntil = delivery.AddDays(28) };

        Assert.Null(_timing.NextReminder(cycle, delivery, preferences, answered: false, NewYork, London));
    }

    [Fact]
    public void Options_defaults_are_valid_and_three_reminders_are_not()
    {
        Assert.Empty(Validate(new CheckInOptions()));
        Assert.NotEmpty(Validate(new CheckInOptions { ReminderWorkingDays = [1, 2, 3] }));
        Assert.NotEmpty(Validate(new CheckInOptions { WorkingDays = [] }));
    }

    [Fact]
    public void Configured_lists_replace_the_defaults_rather_than_adding_to_them()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["CheckIns:WorkingDays:0"] = "Saturday",
            ["CheckIns:WorkingDays:1"] = "Sunday",
            ["CheckIns:ReminderWorkingDays:0"] = "2",
            ["CheckIns:QuietHoursStart"] = "19:00",
        }).Build();

        var options = configuration.GetSection(CheckInOptions.Section).Get<CheckInOptions>()!;

        Assert.Equal([DayOfWeek.Saturday, DayOfWeek.Sunday], options.EffectiveWorkingDays);
        Assert.Equal([2], options.EffectiveReminderWorkingDays);
        Assert.Equal(new TimeOnly(19, 0), options.QuietHoursStart);
        Assert.Empty(Validate(options));
    }

    private (CheckInCycle Cycle, DateTimeOffset Delivery) Cycle()
    {
        var delivery = _timing.Delivery(Monday, new TimeOnly(9, 0), NewYork, London);
        return (new CheckInCycle("team-1-20261123", "team-1", delivery.AddHours(-5), delivery.AddDays(7), IncludesPulse: false), delivery);
    }

    private static List<ValidationResult> Validate(CheckInOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }
}
