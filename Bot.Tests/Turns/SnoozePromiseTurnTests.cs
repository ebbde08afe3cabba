using System.Text.Json;
using System.Text.Json.Nodes;
using OutcomesBot.Bot.Storage.Sqlite;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Scheduler.CheckIns;
using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>
/// The snooze card of a team check-in promises a reminder only when the reminder planner will send one (decision 057),
/// through the real host on SQLite with a manual clock: the fan-out, the delivery drain and the planner are run
/// directly, as Quartz would run them. Found in review of decision 055: the card checked answers, opt-out, pause and
/// membership, not the person's delivery of the check-in or the team's rhythm, and promised reminders that never came.
/// </summary>
public sealed class SnoozePromiseTurnTests
{
    private const string TeamId = "team-1";
    private const string Alex = ReminderBot.AlexId;
    private const string TomorrowMorningText = "Thursday 3 December at 09:00";

    // Wednesday 2 December 2026, 10:00 UTC (Alex's zone): the team's weekly slot.
    private static readonly DateTimeOffset Slot = ReminderBot.Start;

    private static readonly string CycleId = CheckInMessages.CycleId(TeamId, Slot, "snooze-turn-tests");

    // The team's check-in held back by a snooze pressed at 10:00 (the 3 hours of CheckIns:SnoozeFor).
    private static readonly DateTimeOffset Held = new(2026, 12, 2, 13, 0, 0, TimeSpan.Zero);

    // "Tomorrow morning" pressed on Wednesday: Thursday at the morning time, UTC being Alex's zone.
    private static readonly DateTimeOffset TomorrowMorning = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_check_in_skipped_because_the_person_was_paused_then_gets_no_promise_and_no_reminder()
    {
        await using var bot = await ReminderBot.CreateAsync();
        await AddTeamWithRhythmAsync(bot);
        await AnsweredLastWeekAsync(bot);
        await FireAsync(bot);

        // Alex pauses on last week's card before this week's check-in goes out, so it is skipped at send time.
        await bot.App.InvokeCardAsync(CheckInVerbs.Pause, new JsonObject { [CheckInVerbs.CycleKey] = LastWeek });
        await bot.DrainAsync();
        Assert.True((await bot.App.Get<ICheckInDeliveryStore>().GetAsync(CycleId, Alex, Token))!.Skipped);
        Assert.DoesNotContain(bot.App.Connector.Sent, sent => sent.CardText.Contains("short questions", StringComparison.Ordinal));

        // An hour later Alex resumes: the team's check-in opens, and Alex snoozes it.
        bot.Clock.Advance(TimeSpan.FromHours(1));
        var form = await bot.App.InvokeCardAsync(CheckInVerbs.Resume, []);
        Assert.Equal(CycleId, CardJsonButtons.Find(form, "Send")["data"]![CheckInVerbs.CycleKey]!.GetValue<string>());
        var snoozed = ReminderBot.Text(await bot.PressAsync(form, "Snooze 3 hours"));

        Assert.DoesNotContain("I will remind you", snoozed, StringComparison.Ordinal);
        Assert.Contains("Snoozed until Wednesday 2 December at 14:00 (your time).", snoozed, StringComparison.Ordinal);
        Assert.Contains("No reminder will come: I remind you only of check-ins I sent you, and this one was not sent to you.", snoozed, StringComparison.Ordinal);
        Assert.Contains("You can answer it until Wednesday 9 December at 10:00 (your time).", snoozed, StringComparison.Ordinal);
        await AssertNoReminderComesAsync(bot);
    }

    [Fact]
    public async Task Someone_back_in_the_team_after_its_check_in_went_out_gets_no_promise_and_no_reminder()
    {
        await using var bot = await ReminderBot.CreateAsync();
        await AddTeamWithRhythmAsync(bot);
        await AnsweredLastWeekAsync(bot);

        // Alex is out of the roster when the check-in goes out, and back in it an hour later.
        var teams = bot.App.Get<ITeamStore>();
        var alex = Assert.Single(await teams.ListMembersAsync(TeamId, Token));
        await teams.SyncRosterAsync(TeamId, [alex with { AadObjectId = "aad-kim", TeamsUserId = "29:kim", Name = "Kim" }], Token);
        await FireAsync(bot);
        await bot.DrainAsync();
        Assert.Null(await bot.App.Get<ICheckInDeliveryStore>().GetAsync(CycleId, Alex, Token));
        bot.Clock.Advance(TimeSpan.FromHours(1));
        await teams.UpsertMemberAsync(alex with { UpdatedAt = bot.Clock.GetUtcNow() }, Token);

        var message = Samples.Fresh("message-personal");
        message["text"] = "checkin";
        await bot.App.PostActivityAsync(message);
        var form = bot.App.Connector.Sent.Last().Card!.Value;
        Assert.Equal(CycleId, CardJsonButtons.Find(form, "Send")["data"]![CheckInVerbs.CycleKey]!.GetValue<string>());
        var snoozed = ReminderBot.Text(await bot.PressAsync(form, "Snooze 3 hours"));

        Assert.DoesNotContain("I will remind you", snoozed, StringComparison.Ordinal);
        Assert.Contains("No reminder will come: I remind you only of check-ins I sent you, and this one was not sent to you.", snoozed, StringComparison.Ordinal);
        await AssertNoReminderComesAsync(bot);
    }

    [Fact]
    public async Task A_snooze_after_the_leader_switched_check_ins_off_says_no_reminder_will_come_and_none_does()
    {
        await using var bot = await ReminderBot.CreateAsync();
        await AddTeamWithRhythmAsync(bot);
        await FireAsync(bot);
        await bot.DrainAsync();
        var checkIn = Assert.Single(bot.App.Connector.Sent, sent => sent.CardText.Contains("short questions", StringComparison.Ordinal)).Card!.Value;

        // Half an hour later the leader (Alex leads the team too) switches its check-ins off; Alex then snoozes the check-in.
        bot.Clock.Advance(TimeSpan.FromMinutes(30));
        var off = await bot.App.InvokeCardAsync(TeamRhythmVerbs.Off, new JsonObject { [TeamRhythmVerbs.TeamKey] = TeamId });
        Assert.Contains("switched off", ReminderBot.Text(off), StringComparison.Ordinal);
        var snoozed = ReminderBot.Text(await bot.PressAsync(checkIn, "Snooze 3 hours"));

        Assert.DoesNotContain("I will remind you", snoozed, StringComparison.Ordinal);
        Assert.Contains("Snoozed until Wednesday 2 December at 13:30 (your time).", snoozed, StringComparison.Ordinal);
        Assert.Contains("No reminder will come: your team's check-ins have been switched off. You can answer it until Wednesday 9 December at 10:00 (your time).", snoozed, StringComparison.Ordinal);
        await AssertNoReminderComesAsync(bot);
    }

    [Fact]
    public async Task A_snooze_of_a_check_in_you_started_says_no_reminder_comes_and_holds_back_the_teams_check_in_until_it_ends()
    {
        // Alex types "checkin" before the team's first check-in: one just for Alex, with no delivery to remind of.
        await using var bot = await ReminderBot.CreateAsync();
        await AddTeamWithRhythmAsync(bot);
        var message = Samples.Fresh("message-personal");
        message["text"] = "checkin";
        await bot.App.PostActivityAsync(message);
        var form = bot.App.Connector.Sent.Last().Card!.Value;
        Assert.NotEqual(CycleId, CardJsonButtons.Find(form, "Send")["data"]![CheckInVerbs.CycleKey]!.GetValue<string>());
        var snoozed = ReminderBot.Text(await bot.PressAsync(form, "Snooze 3 hours"));

        Assert.DoesNotContain("Snoozed until", snoozed, StringComparison.Ordinal);
        Assert.Contains("No reminder will come for this check-in: you started it yourself. You can answer it until Wednesday 9 December at 10:00 (your time). "
            + "If your team's check-in starts before Wednesday 2 December at 13:00 (your time), I will send it after that.", snoozed, StringComparison.Ordinal);

        // What the card says holds: the team's check-in starts now, waits in the outbox until the snooze ends at 13:00,
        // and reaches Alex then. (A drain waits on the clock for a message due within its interval, an hour here, so
        // the manual clock drains now and at 13:00, not in between.)
        bot.App.Connector.Sent.Clear();
        await FireAsync(bot);
        await bot.DrainAsync();
        Assert.DoesNotContain(bot.App.Connector.Sent, sent => sent.CardText.Contains("short questions", StringComparison.Ordinal));
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 13, 0, 0, TimeSpan.Zero), await bot.App.Get<IOutboxStore>().NextDueAtAsync(Token));
        bot.Clock.Advance(TimeSpan.FromHours(3));
        await bot.DrainAsync();
        Assert.Single(bot.App.Connector.Sent, sent => sent.CardText.Contains("short questions", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_snooze_of_a_check_in_you_started_beside_your_teams_open_one_says_when_it_is_reminded()
    {
        // Alex types "checkin" before the team's check-in, which then reaches Alex at 10:00.
        await using var bot = await ReminderBot.CreateAsync();
        await AddTeamWithRhythmAsync(bot);
        var own = await StartOwnCheckInAsync(bot);
        await FireAsync(bot);
        await bot.DrainAsync();
        Assert.Single(bot.App.Connector.Sent, sent => sent.CardText.Contains("short questions", StringComparison.Ordinal));

        // At 10:30 Alex snoozes the one they started: the team's has started, so the snooze cannot hold it back.
        bot.Clock.Advance(TimeSpan.FromMinutes(30));
        var snoozed = ReminderBot.Text(await bot.PressAsync(own, "Snooze 3 hours"));

        Assert.DoesNotContain("If your team's check-in starts", snoozed, StringComparison.Ordinal);
        Assert.Contains("No reminder will come for this check-in: you started it yourself. You can answer it until Wednesday 9 December at 10:00 (your time). "
            + "Your team's check-in is open too: I will remind you of it on Wednesday 2 December at 13:30 (your time).", snoozed, StringComparison.Ordinal);

        // What the card says holds: the planner reminds Alex of the team's check-in at 13:30, not before.
        var planner = bot.App.Get<CheckInReminderPlanner>();
        bot.Clock.Advance(TimeSpan.FromMinutes(165));
        Assert.Equal(0, await planner.QueueDueRemindersAsync(Token));
        bot.Clock.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(1, await planner.QueueDueRemindersAsync(Token));
        await bot.DrainAsync();
        Assert.Single(bot.App.Connector.Sent, sent => sent.CardText.Contains(CheckInReminderPlanner.ReminderNotice, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_second_snooze_of_a_check_in_you_started_says_your_teams_held_back_one_still_comes_at_the_first_snoozes_end()
    {
        // Alex starts a check-in and snoozes it to 13:00; the team's check-in starts at 10:00 and is held back to 13:00.
        await using var bot = await ReminderBot.CreateAsync();
        await AddTeamWithRhythmAsync(bot);
        var own = await StartOwnCheckInAsync(bot);
        await bot.PressAsync(own, "Snooze 3 hours");
        await FireAsync(bot);
        await bot.DrainAsync();
        Assert.Equal(Held, await bot.App.Get<IOutboxStore>().NextDueAtAsync(Token));

        // At 10:30 Alex snoozes it again, to tomorrow morning: the team's check-in is queued already and is not moved.
        bot.Clock.Advance(TimeSpan.FromMinutes(30));
        var snoozed = ReminderBot.Text(await bot.PressAsync(own, "Tomorrow morning"));

        Assert.DoesNotContain("If your team's check-in starts", snoozed, StringComparison.Ordinal);
        Assert.Contains("You can answer it until Wednesday 9 December at 10:00 (your time). Your team's check-in has started: it comes to you on "
            + "Wednesday 2 December at 13:00, and I will remind you of it on " + TomorrowMorningText + " (your time).", snoozed, StringComparison.Ordinal);
        await AssertTeamCheckInComesAtOneThenTheReminderTomorrowAsync(bot);
    }

    [Fact]
    public async Task A_snooze_on_last_weeks_card_says_this_weeks_held_back_check_in_still_comes_before_the_reminder()
    {
        // Alex snoozes on last week's card before this week's check-in starts, so it is held back to 13:00.
        await using var bot = await ReminderBot.CreateAsync();
        await AddTeamWithRhythmAsync(bot);
        await AnsweredLastWeekAsync(bot);
        await SnoozeOnLastWeeksCardAsync(bot, CheckInVerbs.SnoozeHours);
        await FireAsync(bot);
        await bot.DrainAsync();
        Assert.Equal(Held, await bot.App.Get<IOutboxStore>().NextDueAtAsync(Token));

        // At 10:30 Alex snoozes on that card again, to tomorrow morning: the card is about this week's check-in now.
        bot.Clock.Advance(TimeSpan.FromMinutes(30));
        var snoozed = await SnoozeOnLastWeeksCardAsync(bot, CheckInVerbs.SnoozeTomorrow);

        Assert.Contains($"Snoozed until {TomorrowMorningText} (your time). This check-in still comes to you on Wednesday 2 December at 13:00, "
            + $"and I will remind you of it on {TomorrowMorningText} (your time).", snoozed, StringComparison.Ordinal);
        await AssertTeamCheckInComesAtOneThenTheReminderTomorrowAsync(bot);
    }

    private static async Task<JsonElement> StartOwnCheckInAsync(ReminderBot bot)
    {
        var message = Samples.Fresh("message-personal");
        message["text"] = "checkin";
        await bot.App.PostActivityAsync(message);
        var form = bot.App.Connector.Sent.Last().Card!.Value;
        Assert.NotEqual(CycleId, CardJsonButtons.Find(form, "Send")["data"]![CheckInVerbs.CycleKey]!.GetValue<string>());
        bot.App.Connector.Sent.Clear();
        return form;
    }

    private static async Task<string> SnoozeOnLastWeeksCardAsync(ReminderBot bot, string snooze) =>
        ReminderBot.Text(await bot.App.InvokeCardAsync(CheckInVerbs.Snooze, new JsonObject { [CheckInVerbs.CycleKey] = LastWeek, [CheckInVerbs.SnoozeKey] = snooze }));

    // A drain waits on the clock for a message due within its interval (an hour here), so the manual clock drains at
    // 10:30, then at 13:00 and tomorrow morning, never within an hour before a message is due.
    private static async Task AssertTeamCheckInComesAtOneThenTheReminderTomorrowAsync(ReminderBot bot)
    {
        await bot.DrainAsync();
        Assert.DoesNotContain(bot.App.Connector.Sent, sent => sent.CardText.Contains("short questions", StringComparison.Ordinal));
        bot.Clock.Advance(Held - bot.Clock.GetUtcNow());
        await bot.DrainAsync();
        Assert.Single(bot.App.Connector.Sent, sent => sent.CardText.Contains("short questions", StringComparison.Ordinal) && !sent.CardText.Contains(CheckInReminderPlanner.ReminderNotice, StringComparison.Ordinal));
        var planner = bot.App.Get<CheckInReminderPlanner>();
        bot.Clock.Advance(TomorrowMorning - bot.Clock.GetUtcNow() - TimeSpan.FromMinutes(15));
        Assert.Equal(0, await planner.QueueDueRemindersAsync(Token));
        bot.Clock.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(1, await planner.QueueDueRemindersAsync(Token));
        await bot.DrainAsync();
        Assert.Single(bot.App.Connector.Sent, sent => sent.CardText.Contains(CheckInReminderPlanner.ReminderNotice, StringComparison.Ordinal));
    }

    private static string LastWeek => CheckInMessages.CycleId(TeamId, Slot.AddDays(-7), "snooze-turn-tests");

    private static async Task AddTeamWithRhythmAsync(ReminderBot bot)
    {
        await bot.App.AddSampleSenderTeamAsync(TeamId, "Day service", owner: true);
        var schedule = new CheckInSchedule(TeamId, CheckInCadence.Weekly, DayOfWeek.Wednesday, new TimeOnly(10, 0), "Europe/London");
        await bot.App.Get<ITeamRhythmStore>().SaveAsync(schedule, BotAppFactory.SampleSenderAad, bot.Clock.GetUtcNow(), Token);
    }

    // Last week's team check-in, answered: "checkin" and "Resume" open the open cycle of the team of the last answer.
    private static async Task AnsweredLastWeekAsync(ReminderBot bot)
    {
        var store = bot.App.Get<ICheckInStore>();
        await store.SaveCycleAsync(new CheckInCycle(LastWeek, TeamId, Slot.AddDays(-7), Slot, IncludesPulse: false), Token);
        await store.SaveAnswerAsync(new CheckInAnswer(LastWeek, Alex, TeamId, 4, null, null, false, null, new Dictionary<string, int>(), null, Slot.AddDays(-6)), Token);
    }

    private static async Task FireAsync(ReminderBot bot) =>
        await bot.App.Get<CheckInFanOut>().OpenCycleAsync(TeamId, Slot, Slot.AddDays(7), "snooze-turn-tests", Token);

    // The planner and the drain run every 15 minutes past the snooze's end and the next planned reminder's day: no
    // reminder is queued for Alex, and none reaches Alex's chat.
    private static async Task AssertNoReminderComesAsync(ReminderBot bot)
    {
        var planner = bot.App.Get<CheckInReminderPlanner>();
        while (bot.Clock.GetUtcNow() < new DateTimeOffset(2026, 12, 3, 12, 0, 0, TimeSpan.Zero))
        {
            bot.Clock.Advance(TimeSpan.FromMinutes(15));
            await planner.QueueDueRemindersAsync(Token);
            await bot.DrainAsync();
        }

        var kinds = await bot.App.Get<SqliteDatabase>().QueryListAsync(
            "SELECT kind FROM outbox WHERE recipient_id = $person;", command => command.Parameters.AddWithValue("$person", Alex), reader => reader.GetString(0), Token);
        Assert.DoesNotContain(kinds, CheckInMessages.IsReminder);
        Assert.DoesNotContain(bot.App.Connector.Sent, sent => sent.CardText.Contains(CheckInReminderPlanner.ReminderNotice, StringComparison.Ordinal));
    }
}
