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

    // Wednesday 2 December 2026, 10:00 UTC (Alex's zone): the team's weekly slot.
    private static readonly DateTimeOffset Slot = ReminderBot.Start;

    private static readonly string CycleId = CheckInMessages.CycleId(TeamId, Slot, "snooze-turn-tests");

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
