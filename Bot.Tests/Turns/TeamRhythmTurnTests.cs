using System.Text.Json;
using System.Text.Json.Nodes;
using OutcomesBot.Bot.Storage.Sqlite;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Scheduler.CheckIns;
using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>The leader's rhythm card through the real host: who may open it, what is checked, what is stored and scheduled.</summary>
public sealed class TeamRhythmTurnTests : IDisposable
{
    private readonly BotAppFactory _app = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task A_staff_member_cannot_open_or_save_the_rhythm()
    {
        await AddTeamAsync("team-1", "Day service", owner: false);
        var message = Samples.Fresh("message-personal");
        message["text"] = "rhythm";

        await _app.PostActivityAsync(message);
        var saved = await _app.InvokeCardAsync(TeamRhythmVerbs.Save, Values("team-1", "weekly", "monday", "09:00", "Europe/London"));

        Assert.Contains("Only team leaders", Assert.Single(_app.Connector.Sent).CardText, StringComparison.Ordinal);
        Assert.Contains("Only team leaders", Text(saved), StringComparison.Ordinal);
        await AssertNothingStoredAsync("team-1");
    }

    [Fact]
    public async Task A_leader_saves_a_rhythm_and_is_told_the_next_check_in_in_the_team_time()
    {
        await AddTeamAsync("team-1", "Day service", owner: true);
        var form = await _app.InvokeCardAsync(TeamRhythmVerbs.Open, []);
        Assert.Contains("Check-ins are off for this team.", Text(form), StringComparison.Ordinal);
        Assert.Contains("UTC", Text(form), StringComparison.Ordinal); // the leader's own Teams zone is the default

        var saved = await PressAsync(form, "Save rhythm", Values(null, "fortnightly", "thursday", "14:30", "America/New_York"));

        Assert.Contains("Rhythm saved", Text(saved), StringComparison.Ordinal);
        Assert.Contains("Thursday", Text(saved), StringComparison.Ordinal);
        Assert.Contains("at 14:30 (America / New York time)", Text(saved), StringComparison.Ordinal); // as the zone list shows it
        Assert.Equal(
            new CheckInSchedule("team-1", CheckInCadence.Fortnightly, DayOfWeek.Thursday, new TimeOnly(14, 30), "America/New_York"),
            await _app.Get<ITeamRhythmStore>().GetAsync("team-1", Token));
        var next = await _app.Get<IScheduleRegistry>().GetNextFireTimeAsync("team-1", Token);
        var local = TimeZoneInfo.ConvertTime(next!.Value, TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));
        Assert.Equal((DayOfWeek.Thursday, 14, 30), (local.DayOfWeek, local.Hour, local.Minute));
    }

    [Fact]
    public async Task A_leader_of_two_teams_picks_the_team_from_a_list()
    {
        await AddTeamAsync("team-1", "Day service", owner: true);
        await AddTeamAsync("team-2", "Night team", owner: true);
        await AddTeamAsync("team-3", "Not mine", owner: false);

        var form = await _app.InvokeCardAsync(TeamRhythmVerbs.Open, []);
        var saved = await PressAsync(form, "Save rhythm", Values("team-2", "monthly", "tuesday", "10:00", "Europe/London"));

        var picker = Inputs(form).Single(input => input.GetProperty("id").GetString() == TeamRhythmVerbs.TeamKey);
        Assert.Equal(["team-1", "team-2"], picker.GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("value").GetString()).Order());
        Assert.Contains("Night team", Text(saved), StringComparison.Ordinal);
        Assert.Equal(CheckInCadence.Monthly, (await _app.Get<ITeamRhythmStore>().GetAsync("team-2", Token))!.Cadence);
        await AssertNothingStoredAsync("team-1");
    }

    [Fact]
    public async Task Tampered_values_get_a_card_listing_each_problem_and_nothing_is_stored()
    {
        await AddTeamAsync("team-1", "Day service", owner: true);

        var answer = await _app.InvokeCardAsync(TeamRhythmVerbs.Save, Values("team-1", "hourly", "7", "25:61", "Mars/Olympus_Mons"));

        var text = Text(answer);
        Assert.Contains("Nothing was saved", text, StringComparison.Ordinal);
        Assert.Contains("how often", text, StringComparison.Ordinal);
        Assert.Contains("day of the week", text, StringComparison.Ordinal);
        Assert.Contains("not a time of day", text, StringComparison.Ordinal);
        Assert.Contains("time zone sent is not one I know", text, StringComparison.Ordinal);
        await AssertNothingStoredAsync("team-1");
    }

    [Fact]
    public async Task A_leader_cannot_set_the_rhythm_of_a_team_they_do_not_lead()
    {
        await AddTeamAsync("team-1", "Day service", owner: true);
        await AddTeamAsync("team-2", "Someone else's", owner: false);

        var answer = await _app.InvokeCardAsync(TeamRhythmVerbs.Save, Values("team-2", "weekly", "monday", "09:00", "Europe/London"));
        var off = await _app.InvokeCardAsync(TeamRhythmVerbs.Off, Values("team-9", null, null, null, null));

        Assert.Contains("Nothing was changed", Text(answer), StringComparison.Ordinal);
        Assert.Contains("Nothing was changed", Text(off), StringComparison.Ordinal);
        await AssertNothingStoredAsync("team-2");
    }

    [Fact]
    public async Task A_leader_switches_the_rhythm_off()
    {
        await AddTeamAsync("team-1", "Day service", owner: true);
        var saved = await _app.InvokeCardAsync(TeamRhythmVerbs.Save, Values("team-1", "weekly", "monday", "09:00", "Europe/London"));
        var form = await PressAsync(saved, "Change the rhythm", []);

        var off = await PressAsync(form, "Switch check-ins off", []);

        Assert.Contains("switched off", Text(off), StringComparison.Ordinal);
        await AssertNothingStoredAsync("team-1");
    }

    [Fact]
    public async Task The_rhythm_card_shows_the_last_closed_cycle_counts_by_status_and_no_names()
    {
        await AddTeamAsync("team-1", "Day service", owner: true);
        var now = TimeProvider.System.GetUtcNow();
        const string Cycle = "team:team-1:20261130T0900Z";

        // A cycle that has closed: only a finished cycle is counted (decision 054).
        await _app.Get<ICheckInStore>().SaveCycleAsync(new CheckInCycle(Cycle, "team-1", now.AddDays(-8), now.AddDays(-1), IncludesPulse: false), Token);
        string[] people = ["29:sam", "29:kim", "29:lee", "29:ash"];
        await _app.Get<ICheckInDeliveryStore>().AddAsync(
            people.Select(p => new CheckInDelivery(Cycle, p, "team-1", now, null, "Europe/London", now.AddDays(7))).ToList(), Token);
        await _app.Get<IOutboxStore>().EnqueueAsync(
            people.Select(p => OutboxMessage.Create(Cycle, p, "t", CheckInMessages.CheckInKind, "{}", now) with { NextAttemptAt = now.AddDays(2) }).ToList(), Token);
        await SetStatusAsync(Cycle, "29:sam", "Sent");
        await SetStatusAsync(Cycle, "29:kim", "Sent");
        await SetStatusAsync(Cycle, "29:lee", "Unreachable");

        var form = await _app.InvokeCardAsync(TeamRhythmVerbs.Open, []);

        var facts = form.GetProperty("body").EnumerateArray().Where(e => e.GetProperty("type").GetString() == "FactSet")
            .SelectMany(f => f.GetProperty("facts").EnumerateArray()).ToDictionary(f => f.GetProperty("title").GetString()!, f => f.GetProperty("value").GetString());
        // Counts below the threshold (5), none included, would point at people: they show as "fewer than 5" (decisions 018, 054).
        Assert.Equal("fewer than 5", facts["Sent"]);
        Assert.Equal("fewer than 5", facts["Waiting to go out"]);
        Assert.Equal("fewer than 5", facts["Could not reach (the app was removed or blocked)"]);
        Assert.Equal("fewer than 5", facts["Failed after retries"]);
        Assert.All(people, person => Assert.DoesNotContain(person, form.GetRawText(), StringComparison.Ordinal));
    }

    private async Task SetStatusAsync(string cycleId, string recipient, string status) =>
        await _app.Get<SqliteDatabase>().ExecuteAsync(
            "UPDATE outbox SET status = $status WHERE cycle_id = $cycle AND recipient_id = $person;",
            command =>
            {
                command.Parameters.AddWithValue("$status", status);
                command.Parameters.AddWithValue("$cycle", cycleId);
                command.Parameters.AddWithValue("$person", recipient);
            },
            Token);

    private async Task AssertNothingStoredAsync(string teamId)
    {
        Assert.Null(await _app.Get<ITeamRhythmStore>().GetAsync(teamId, Token));
        Assert.Null(await _app.Get<IScheduleRegistry>().GetNextFireTimeAsync(teamId, Token));
    }

    private Task AddTeamAsync(string teamId, string name, bool owner) => _app.AddSampleSenderTeamAsync(teamId, name, owner);

    private static JsonObject Values(string? team, string? cadence, string? day, string? time, string? zone)
    {
        var values = new JsonObject();
        foreach (var (key, value) in new[] { (TeamRhythmVerbs.TeamKey, team), (TeamRhythmVerbs.CadenceKey, cadence), (TeamRhythmVerbs.DayKey, day), (TeamRhythmVerbs.TimeKey, time), (TeamRhythmVerbs.ZoneKey, zone) })
        {
            if (value is not null)
            {
                values[key] = value;
            }
        }

        return values;
    }

    private static IEnumerable<JsonElement> Inputs(JsonElement card) =>
        card.GetProperty("body").EnumerateArray().Where(e => e.GetProperty("type").GetString()!.StartsWith("Input.", StringComparison.Ordinal));

    private static string Text(JsonElement card) => string.Join('\n', CardTexts.Of(card));

    private Task<JsonElement> PressAsync(JsonElement card, string title, JsonObject inputs)
    {
        var button = CardJsonButtons.Find(card, title);
        var data = button["data"]!.DeepClone().AsObject();
        foreach (var (key, value) in inputs)
        {
            data[key] = value!.DeepClone();
        }

        return _app.InvokeCardAsync(button["verb"]!.GetValue<string>(), data);
    }
}
