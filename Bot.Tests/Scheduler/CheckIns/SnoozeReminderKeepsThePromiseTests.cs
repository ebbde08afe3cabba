using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Scheduler.CheckIns;

namespace OutcomesBot.Bot.Tests.Scheduler.CheckIns;

/// <summary>
/// "Snooze 3 hours" and "Tomorrow morning" answer "I will remind you {when} (your time)", and the reminder comes then:
/// brought forward before the planned ones, or after both, once per snooze, and only while the check-in is open and
/// unanswered. When it cannot come (the check-in closes first), the card says so instead. First found by the usability
/// audit (CheckInSnoozePromiseTests): the planner only ever pushed its planned reminders later, and none came after two.
/// </summary>
public sealed class SnoozeReminderKeepsThePromiseTests
{
    private const string Person = "29:a";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Snooze_3_hours_on_the_day_the_check_in_came_reminds_three_hours_later()
    {
        await using var world = await RhythmWorld.CreateAsync();
        await world.AddTeamAsync([(Person, "Europe/London")]);
        await world.FireAsync();
        world.Clock.Advance(TimeSpan.FromMinutes(30)); // Monday 09:30 London: the check-in arrived at 09:00

        var answer = await SnoozeAsync(world, CheckInVerbs.SnoozeHours);
        Assert.Contains("I will remind you Monday 30 November at 12:30 (your time)", ExerciseDriver.TextOf(answer), StringComparison.Ordinal);

        var queuedAt = await RunPlannerEvery15MinutesAsync(world, until: new DateTimeOffset(2026, 11, 30, 13, 30, 0, TimeSpan.Zero));
        Assert.True(queuedAt.Count > 0, "Promised a reminder at 12:30 on Monday; none was queued by 13:30 (the first planned one is Tuesday 09:00).");
    }

    [Fact]
    public async Task Tomorrow_morning_pressed_on_the_last_reminder_reminds_tomorrow_morning()
    {
        await using var world = await RhythmWorld.CreateAsync();
        await world.AddTeamAsync([(Person, "Europe/London")]);
        await world.FireAsync();

        // Both planned reminders come (Tuesday and Thursday 09:00); on Thursday's the person presses "Tomorrow morning".
        await RunPlannerEvery15MinutesAsync(world, until: new DateTimeOffset(2026, 12, 3, 9, 30, 0, TimeSpan.Zero));
        Assert.Equal(2, (await world.Deliveries.GetAsync(RhythmWorld.CycleId(), Person, Token))!.RemindersSent);
        var answer = await SnoozeAsync(world, CheckInVerbs.SnoozeTomorrow);
        Assert.Contains("I will remind you Friday 4 December at 09:00 (your time)", ExerciseDriver.TextOf(answer), StringComparison.Ordinal);

        var queuedAt = await RunPlannerEvery15MinutesAsync(world, until: new DateTimeOffset(2026, 12, 4, 12, 0, 0, TimeSpan.Zero));
        Assert.True(queuedAt.Count > 0, "Promised a reminder on Friday at 09:00; none was queued by Friday noon (the cycle is open until Monday).");
    }

    [Fact]
    public async Task A_snooze_reminds_once_in_place_of_the_next_planned_reminder_and_a_later_snooze_reminds_again()
    {
        await using var world = await RhythmWorld.CreateAsync();
        await world.AddTeamAsync([(Person, "Europe/London")]);
        await world.FireAsync();
        world.Clock.Advance(TimeSpan.FromMinutes(30));
        await SnoozeAsync(world, CheckInVerbs.SnoozeHours); // Monday 12:30

        var queuedAt = await RunPlannerEvery15MinutesAsync(world, until: new DateTimeOffset(2026, 12, 3, 9, 30, 0, TimeSpan.Zero));
        // Monday 12:30 (the snooze's), then Thursday 09:00 (the second planned one); Tuesday's was the one it replaced.
        Assert.Equal([Utc(11, 30, 12, 30), Utc(12, 3, 9, 0)], queuedAt);

        await SnoozeAsync(world, CheckInVerbs.SnoozeHours); // Thursday 12:30
        queuedAt = await RunPlannerEvery15MinutesAsync(world, until: new DateTimeOffset(2026, 12, 4, 12, 0, 0, TimeSpan.Zero));
        Assert.Equal([Utc(12, 3, 12, 30)], queuedAt);
        var reminders = (await world.OutboxRowsAsync()).Where(row => CheckInMessages.IsReminder(row.Kind)).ToList();
        Assert.Equal(3, reminders.Select(row => row.Kind).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task A_snooze_reminds_only_while_the_check_in_is_unanswered()
    {
        await using var world = await RhythmWorld.CreateAsync();
        await world.AddTeamAsync([(Person, "Europe/London")]);
        await world.FireAsync();
        world.Clock.Advance(TimeSpan.FromMinutes(30));
        await SnoozeAsync(world, CheckInVerbs.SnoozeHours); // Monday 12:30
        Assert.Equal([Utc(11, 30, 12, 30)], await RunPlannerEvery15MinutesAsync(world, until: Utc(11, 30, 13, 0)));

        await SnoozeAsync(world, CheckInVerbs.SnoozeHours); // on the reminder: Monday 16:00
        world.Clock.Advance(TimeSpan.FromHours(1));
        await world.AnswerAsync(Person);

        Assert.Empty(await RunPlannerEvery15MinutesAsync(world, until: Utc(12, 7, 9, 0)));
    }

    [Fact]
    public async Task A_snooze_that_ends_when_the_check_in_closes_says_so_and_reminds_nobody()
    {
        await using var world = await RhythmWorld.CreateAsync();
        await world.AddTeamAsync([(Person, "Europe/London")]);
        await world.FireAsync(); // closes next Monday, 7 December, at 09:00
        world.Clock.Advance(Utc(12, 4, 15, 0) - world.Clock.GetUtcNow()); // Friday 15:00

        var answer = ExerciseDriver.TextOf(await SnoozeAsync(world, CheckInVerbs.SnoozeTomorrow));

        Assert.Contains("Snoozed until Monday 7 December at 09:00 (your time).", answer, StringComparison.Ordinal);
        Assert.Contains("This check-in closes on Monday 7 December at 09:00 (your time), before I could remind you, so I won't remind you again.", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("I will remind you", answer, StringComparison.Ordinal);
        Assert.Empty(await RunPlannerEvery15MinutesAsync(world, until: Utc(12, 7, 12, 0)));
    }

    [Fact]
    public async Task A_snooze_reminds_nobody_of_a_check_in_closed_by_the_team_s_next_one()
    {
        await using var world = await RhythmWorld.CreateAsync();
        await world.AddTeamAsync([(Person, "Europe/London")]);
        await world.FireAsync();
        world.Clock.Advance(TimeSpan.FromMinutes(30));
        await SnoozeAsync(world, CheckInVerbs.SnoozeHours);
        Assert.Equal([Utc(11, 30, 12, 30)], await RunPlannerEvery15MinutesAsync(world, until: Utc(11, 30, 13, 0)));
        Assert.Contains("I will remind you Monday 30 November at 16:00", ExerciseDriver.TextOf(await SnoozeAsync(world, CheckInVerbs.SnoozeHours)), StringComparison.Ordinal);

        // The leader moves the rhythm and the team's next check-in opens at 14:00 (decision 052): Monday's has closed.
        world.Clock.Advance(Utc(11, 30, 14, 0) - world.Clock.GetUtcNow());
        await world.CheckIns.SaveCycleAsync(new CheckInCycle("team-next", RhythmWorld.TeamId, world.Clock.GetUtcNow(), Utc(12, 7, 14, 0), IncludesPulse: false), Token);

        Assert.Empty(await RunPlannerEvery15MinutesAsync(world, until: Utc(12, 4, 12, 0)));
    }

    [Fact]
    public async Task A_snooze_of_a_check_in_the_person_opened_themselves_promises_no_reminder()
    {
        // Typed "checkin" with no check-in open: a check-in just for them, which has no team delivery to remind of.
        await using var bot = await CheckInDriver.CreateAsync();
        await bot.SendAsync(CheckInVerbs.Open);

        await bot.PressAsync("Snooze 3 hours");

        Assert.Contains("If your team's check-in starts before Monday 23 November at 13:00 (your time), I will send it after that.", bot.Text, StringComparison.Ordinal);
        Assert.Contains("No reminder will come for this check-in: you started it yourself. You can answer it until Monday 30 November at 10:00", bot.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("I will remind you", bot.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_snooze_before_the_persons_own_check_in_came_says_when_it_comes_instead_of_promising_a_reminder()
    {
        // The team's Monday 09:00 London check-in reaches someone in New York at 09:00 there (14:00 UTC). At 05:00 there
        // they open it themselves and snooze it to 08:00: the planner sends no reminder then; the check-in itself comes at 09:00.
        await using var world = await RhythmWorld.CreateAsync();
        await world.AddTeamAsync([(Person, "America/New_York")]);
        await world.FireAsync();
        world.Clock.Advance(TimeSpan.FromHours(1));

        var answer = ExerciseDriver.TextOf(await SnoozeAsync(world, CheckInVerbs.SnoozeHours, "America/New_York"));

        Assert.DoesNotContain("I will remind you", answer, StringComparison.Ordinal);
        Assert.Contains("Snoozed until Monday 30 November at 08:00 (your time). This check-in comes to you on Monday 30 November at 09:00 (your time).", answer, StringComparison.Ordinal);
        Assert.Empty(await RunPlannerEvery15MinutesAsync(world, until: Utc(11, 30, 16, 0)));
        Assert.Equal(Utc(11, 30, 14, 0), Assert.Single(await world.OutboxRowsAsync()).Due);
    }

    private static DateTimeOffset Utc(int month, int day, int hour, int minute) => new(2026, month, day, hour, minute, 0, TimeSpan.Zero);

    private static Task<OutcomesBot.Cards.Model.AdaptiveCard> SnoozeAsync(RhythmWorld world, string how, string zone = "Europe/London")
    {
        var dialog = new CheckInDialog(world.CheckIns, world.Teams, world.Planner, world.Options, world.Clock);
        var values = new Dictionary<string, string> { [CheckInVerbs.CycleKey] = RhythmWorld.CycleId(), [CheckInVerbs.SnoozeKey] = how };
        return dialog.HandleAsync(new CheckInRequest(Person, CheckInVerbs.Snooze, values, zone) { AadObjectId = "aad-" + Person }, Token);
    }

    private static async Task<List<DateTimeOffset>> RunPlannerEvery15MinutesAsync(RhythmWorld world, DateTimeOffset until)
    {
        var queuedAt = new List<DateTimeOffset>();
        while (world.Clock.GetUtcNow() < until)
        {
            world.Clock.Advance(TimeSpan.FromMinutes(15));
            if (await world.Planner.QueueDueRemindersAsync(Token) > 0)
            {
                queuedAt.Add(world.Clock.GetUtcNow());
            }
        }

        return queuedAt;
    }
}
