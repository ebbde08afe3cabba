using System.Net;
using System.Text.Json;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Scheduler.CheckIns;
using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>
/// The snooze card of a check-in the person started, when they are in several teams (decision 082), through the real
/// host on SQLite with a manual clock: it speaks of every team whose check-in has started, one line each in the
/// person's time zone and at most three, and of a team's still to start. Before, it spoke of the newest team cycle only.
/// The fan-out and the planner are run directly, as Quartz would run them; nothing is drained, so a check-in queued for
/// 10:00 counts as sent, as it does for the planner.
/// </summary>
public sealed class SnoozeInSeveralTeamsTurnTests
{
    private const string Alex = ReminderBot.AlexId;
    private const string NewYork = "America/New_York";

    // Wednesday 2 December 2026, 10:00 UTC: every team's weekly slot.
    private static readonly DateTimeOffset Slot = ReminderBot.Start;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Each_team_whose_check_in_started_gets_a_line_in_the_persons_time_zone_and_an_answered_one_none()
    {
        await using var bot = await ReminderBot.CreateAsync();
        await AddTeamsAsync(bot, ("team-day", "Day service"), ("team-night", "Night shift"), ("team-out", "Outreach"));
        var own = await StartOwnCheckInAsync(bot);
        await FireAsync(bot, "team-day", "team-night", "team-out");
        await bot.App.Get<ICheckInStore>().SaveAnswerAsync(
            new CheckInAnswer(CycleOf("team-night"), Alex, "team-night", 4, null, null, false, null, new Dictionary<string, int>(), null, Slot.AddMinutes(10)), Token);

        // At 10:30 UTC (05:30 in New York) Alex snoozes the one they started for 3 hours, from a phone in New York.
        bot.Clock.Advance(TimeSpan.FromMinutes(30));
        var lines = CardTexts.Of(await SnoozeFromNewYorkAsync(bot, own)).ToList();

        Assert.Equal(
            [
                "Snoozed",
                "No reminder will come for this check-in: you started it yourself. You can answer it until Wednesday 9 December at 05:00 (your time). "
                    + "Your teams' check-ins are open too (your time):",
                "Day service: I will remind you of it on Wednesday 2 December at 08:30.",
                "Outreach: I will remind you of it on Wednesday 2 December at 08:30.",
            ],
            lines.Take(4));
        Assert.DoesNotContain(lines, line => line.Contains("Night shift", StringComparison.Ordinal));

        // What the card says holds: a reminder for each of the two at 13:30 UTC, none before, none for the answered one.
        var planner = bot.App.Get<CheckInReminderPlanner>();
        bot.Clock.Advance(TimeSpan.FromMinutes(165));
        Assert.Equal(0, await planner.QueueDueRemindersAsync(Token));
        bot.Clock.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(2, await planner.QueueDueRemindersAsync(Token));
    }

    [Fact]
    public async Task More_than_three_teams_list_three_and_count_the_rest()
    {
        await using var bot = await ReminderBot.CreateAsync();
        await AddTeamsAsync(bot, ("team-a", "Allotment group"), ("team-b", "Bridge house"), ("team-c", "Carers' hub"), ("team-d", "Day service"), ("team-e", "Evening club"));
        var own = await StartOwnCheckInAsync(bot);
        await FireAsync(bot, "team-a", "team-b", "team-c", "team-d", "team-e");

        bot.Clock.Advance(TimeSpan.FromMinutes(30));
        var lines = CardTexts.Of(await SnoozeFromNewYorkAsync(bot, own)).ToList();

        Assert.Equal(
            [
                "Allotment group: I will remind you of it on Wednesday 2 December at 08:30.",
                "Bridge house: I will remind you of it on Wednesday 2 December at 08:30.",
                "Carers' hub: I will remind you of it on Wednesday 2 December at 08:30.",
                "And 2 more of your teams' check-ins.",
            ],
            lines.Skip(2).Take(4));
        Assert.DoesNotContain(lines, line => line.Contains("Day service", StringComparison.Ordinal) || line.Contains("Evening club", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_team_whose_check_in_has_not_started_is_told_it_waits_for_the_snooze_and_it_does()
    {
        await using var bot = await ReminderBot.CreateAsync();
        await AddTeamsAsync(bot, ("team-day", "Day service"), ("team-night", "Night shift"));
        var own = await StartOwnCheckInAsync(bot);
        await FireAsync(bot, "team-day");

        // At 10:30 Alex snoozes (in UTC): Day service's check-in has started, Night shift's has not.
        bot.Clock.Advance(TimeSpan.FromMinutes(30));
        var text = ReminderBot.Text(await bot.PressAsync(own, "Snooze 3 hours"));

        Assert.Contains("You can answer it until Wednesday 9 December at 10:00 (your time). "
            + "Your team's check-in is open too: I will remind you of it on Wednesday 2 December at 13:30 (your time). "
            + "If another of your teams' check-ins starts before Wednesday 2 December at 13:30 (your time), I will send it after that.", text, StringComparison.Ordinal);

        // What the card says holds: Night shift's check-in, starting at 11:00, waits in the outbox for 13:30 UTC.
        bot.Clock.Advance(TimeSpan.FromMinutes(30));
        await bot.App.Get<CheckInFanOut>().OpenCycleAsync("team-night", bot.Clock.GetUtcNow(), Slot.AddDays(7), "several-teams", Token);
        var outbox = bot.App.Get<IOutboxStore>();
        await bot.DrainAsync();
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 13, 30, 0, TimeSpan.Zero), await outbox.NextDueAtAsync(Token));
    }

    private static string CycleOf(string teamId) => CheckInMessages.CycleId(teamId, Slot, "several-teams");

    private static async Task AddTeamsAsync(ReminderBot bot, params (string Id, string Name)[] teams)
    {
        foreach (var (id, name) in teams)
        {
            await bot.App.AddSampleSenderTeamAsync(id, name, owner: false);
            var schedule = new CheckInSchedule(id, CheckInCadence.Weekly, DayOfWeek.Wednesday, new TimeOnly(10, 0), "Europe/London");
            await bot.App.Get<ITeamRhythmStore>().SaveAsync(schedule, BotAppFactory.SampleSenderAad, bot.Clock.GetUtcNow(), Token);
        }
    }

    private static async Task FireAsync(ReminderBot bot, params string[] teamIds)
    {
        foreach (var teamId in teamIds)
        {
            await bot.App.Get<CheckInFanOut>().OpenCycleAsync(teamId, Slot, Slot.AddDays(7), "several-teams", Token);
        }
    }

    // Alex types "checkin" before any team's check-in: one just for Alex.
    private static async Task<JsonElement> StartOwnCheckInAsync(ReminderBot bot)
    {
        var message = Samples.Fresh("message-personal");
        message["text"] = "checkin";
        await bot.App.PostActivityAsync(message);
        var form = bot.App.Connector.Sent.Last().Card!.Value;
        Assert.StartsWith("adhoc-", CardJsonButtons.Find(form, "Send")["data"]![CheckInVerbs.CycleKey]!.GetValue<string>(), StringComparison.Ordinal);
        bot.App.Connector.Sent.Clear();
        return form;
    }

    // "Snooze 3 hours" pressed on a phone in New York: Teams says so in localTimezone and clientInfo.
    private static async Task<JsonElement> SnoozeFromNewYorkAsync(ReminderBot bot, JsonElement form)
    {
        var button = CardJsonButtons.Find(form, "Snooze 3 hours");
        var invoke = Samples.Fresh("invoke-adaptiveCard_action-personal");
        invoke["localTimezone"] = NewYork;
        invoke["entities"]![0]!["timezone"] = NewYork;
        invoke["value"]!["action"]!["verb"] = button["verb"]!.GetValue<string>();
        invoke["value"]!["action"]!["data"] = button["data"]!.DeepClone();
        using var response = await bot.App.PostActivityAsync(invoke);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token)).RootElement.GetProperty("value").Clone();
    }
}
