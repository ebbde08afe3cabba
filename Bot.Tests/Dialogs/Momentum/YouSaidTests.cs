using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.Momentum.YouSaid;
using OutcomesBot.Dialogs.MyData;
using OutcomesBot.Scheduler.Momentum;

namespace OutcomesBot.Bot.Tests.Dialogs.Momentum;

/// <summary>"You said, we did" from the leader's themes card to one outbox row per member, on real SQLite.</summary>
public sealed class YouSaidTests
{
    private const string Team = "team-a";
    private const string Response = "You said recording takes too long, so from January we are trying a shorter form.";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static string Leader => MomentumHarness.LeaderAad(Team);

    [Fact]
    public async Task Themes_of_the_last_team_cycle_are_shown_with_small_ones_folded()
    {
        await using var h = await SeededAsync();

        var text = ExerciseDriver.TextOf(await h.YouSaidAsync(Leader, YouSaidVerbs.Open));

        Assert.Contains("6 people answered.", text, StringComparison.Ordinal);
        Assert.Contains("- Paperwork and recording: 4 people", text, StringComparison.Ordinal);
        Assert.Contains("- Time and workload: 3 people", text, StringComparison.Ordinal);
        Assert.Contains("- Other points: a few", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Families", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fewer_answers_than_the_minimum_show_no_themes()
    {
        await using var h = await MomentumHarness.CreateAsync();
        await h.AddTeamAsync(Team, staff: 8);
        var cycle = await h.OpenCycleAsync(Team, MomentumHarness.ThisWeek.AddDays(-7));
        for (var i = 1; i <= 4; i++)
        {
            await h.AnswerAsync(Team, i, 3, MomentumHarness.ThisWeek.AddHours(-i), cycle.CycleId, barrier: "Paperwork");
        }

        var text = ExerciseDriver.TextOf(await h.YouSaidAsync(Leader, YouSaidVerbs.Open));

        Assert.Contains("Fewer than 5 people answered the last check-in", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Paperwork", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("long")]
    public async Task An_empty_or_too_long_response_gets_a_card_saying_so_and_nothing_is_stored(string? response)
    {
        await using var h = await SeededAsync();
        var values = new Dictionary<string, string> { ["team"] = Team, ["responseId"] = Guid.NewGuid().ToString("N") };
        if (response is not null)
        {
            values["response"] = response == "long" ? new string('a', YouSaidVerbs.MaxLength + 1) : response;
        }

        var preview = ExerciseDriver.TextOf(await h.YouSaidAsync(Leader, YouSaidVerbs.Preview, values));
        var send = ExerciseDriver.TextOf(await h.YouSaidAsync(Leader, YouSaidVerbs.Send, values));

        var expected = response == "long" ? "under 1,500 characters" : "Please write a response";
        Assert.Contains(expected, preview, StringComparison.Ordinal);
        Assert.Contains(expected, send, StringComparison.Ordinal);
        Assert.Empty(await h.Responses.ListForTeamAsync(Team, Token));
        Assert.Equal(0, await MomentumPrivacyTests.OutboxRowsAsync(h));
    }

    [Fact]
    public async Task Send_queues_one_card_per_member_and_a_double_press_sends_once()
    {
        await using var h = await SeededAsync();
        var preview = await h.YouSaidAsync(Leader, YouSaidVerbs.Preview, new() { ["team"] = Team, ["response"] = "  " + Response + " " });
        Assert.Contains(Response, ExerciseDriver.TextOf(preview), StringComparison.Ordinal);
        var send = MomentumHarness.ButtonData(preview, "Send to the team");

        var first = ExerciseDriver.TextOf(await h.YouSaidAsync(Leader, YouSaidVerbs.Send, send));
        var second = ExerciseDriver.TextOf(await h.YouSaidAsync(Leader, YouSaidVerbs.Send, send));

        Assert.Contains("on its way to 9 people", first, StringComparison.Ordinal);
        Assert.Contains("already gone", second, StringComparison.Ordinal);
        var rows = await h.Database.QueryListAsync("SELECT recipient_id, kind, cycle_id, tenant_id FROM outbox ORDER BY recipient_id;", _ => { },
            reader => (reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)), Token);
        Assert.Equal(9, rows.Count);
        Assert.Equal(9, rows.Select(r => r.Item1).Distinct().Count());
        Assert.Contains(rows, r => r.Item1 == MomentumHarness.LeaderId(Team));
        Assert.All(rows, r => Assert.Equal((OutboxYouSaidDelivery.Kind, OutboxYouSaidDelivery.CycleIdFor(send["responseId"]), "tenant-1"), (r.Item2, r.Item3, r.Item4)));

        // Each card carries the leader's words, so each is stamped with the leader: their "delete my data" takes back those not yet sent.
        var writers = await h.Database.QueryListAsync("SELECT DISTINCT writer_user_id, writer_aad_object_id FROM outbox;", _ => { },
            reader => (reader.GetString(0), reader.GetString(1)), Token);
        Assert.Equal([(MomentumHarness.LeaderId(Team), Leader)], writers);
        var stored = Assert.Single(await h.Responses.ListForTeamAsync(Team, Token));
        Assert.Equal((Response, MomentumHarness.LeaderId(Team), 9), (stored.Text, stored.LeaderId, stored.Recipients));
        Assert.Equal(["recording", "time"], stored.ThemeIds.Order());
        Assert.Equal(MomentumHarness.Now, stored.SentAt);
    }

    [Fact]
    public async Task The_member_card_says_what_the_team_raised_and_the_leader_s_words()
    {
        await using var h = await SeededAsync();
        var preview = await h.YouSaidAsync(Leader, YouSaidVerbs.Preview, new() { ["team"] = Team, ["response"] = Response });
        await h.YouSaidAsync(Leader, YouSaidVerbs.Send, MomentumHarness.ButtonData(preview, "Send to the team"));

        var card = await h.Database.QueryFirstAsync("SELECT card_json FROM outbox LIMIT 1;", _ => { }, reader => reader.GetString(0), Token);

        Assert.Contains("You told us about: paperwork and recording, time and workload.", card, StringComparison.Ordinal);
        Assert.Contains(Response, card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_brings_the_text_back_into_the_box()
    {
        await using var h = await SeededAsync();
        var preview = await h.YouSaidAsync(Leader, YouSaidVerbs.Preview, new() { ["team"] = Team, ["response"] = Response });

        var edit = await h.YouSaidAsync(Leader, YouSaidVerbs.Edit, MomentumHarness.ButtonData(preview, "Edit"));

        Assert.Contains(Response, OutcomesBot.Cards.Model.CardJson.Serialize(edit), StringComparison.Ordinal);
        Assert.Empty(await h.Responses.ListForTeamAsync(Team, Token));
    }

    [Fact]
    public async Task The_leader_s_responses_are_in_their_data_export_and_go_with_delete_and_retention()
    {
        await using var h = await SeededAsync();
        var preview = await h.YouSaidAsync(Leader, YouSaidVerbs.Preview, new() { ["team"] = Team, ["response"] = Response });
        await h.YouSaidAsync(Leader, YouSaidVerbs.Send, MomentumHarness.ButtonData(preview, "Send to the team"));
        var source = h.ResponsesPersonalData;
        var leader = new PersonIdentity(MomentumHarness.LeaderId(Team), Leader);

        var export = await source.ExportAsync(leader, Token);
        var nothing = await source.ExportAsync(new PersonIdentity(MomentumHarness.StaffId(Team, 1), MomentumHarness.StaffAad(Team, 1)), Token);
        var purgedEarly = await source.PurgeBeforeAsync(MomentumHarness.Now, Token);
        var purged = await source.PurgeBeforeAsync(MomentumHarness.Now.AddSeconds(1), Token);

        Assert.Contains(Response, export!.ToJsonString(), StringComparison.Ordinal);
        Assert.Null(nothing);
        Assert.Equal((0, 1), (purgedEarly, purged));
        await h.YouSaidAsync(Leader, YouSaidVerbs.Send, MomentumHarness.ButtonData(await h.YouSaidAsync(Leader, YouSaidVerbs.Preview, new() { ["team"] = Team, ["response"] = "Again" }), "Send to the team"));
        Assert.Equal(1, await source.DeleteAsync(new PersonIdentity("29:unknown", Leader), Token));
        Assert.Empty(await h.Responses.ListForTeamAsync(Team, Token));
    }

    /// <summary>Team A with 8 staff and a team cycle this week that 6 answered; an older cycle's answers must not count.</summary>
    private static async Task<MomentumHarness> SeededAsync()
    {
        var h = await MomentumHarness.CreateAsync();
        await h.AddTeamAsync(Team, staff: 8);
        var old = await h.OpenCycleAsync(Team, MomentumHarness.ThisWeek.AddDays(-21));
        for (var i = 1; i <= 5; i++)
        {
            await h.AnswerAsync(Team, i, 2, MomentumHarness.ThisWeek.AddDays(-20), old.CycleId, barrier: "My family and carers at home");
        }

        var cycle = await h.OpenCycleAsync(Team, MomentumHarness.ThisWeek.AddDays(-7));
        string[] barriers = ["Paperwork", "The recording system", "Forms", "Recording and no time", "Caseload", "Too busy, and my daughter"];
        for (var i = 1; i <= 6; i++)
        {
            await h.AnswerAsync(Team, i, 3, MomentumHarness.ThisWeek.AddHours(-i), cycle.CycleId, barrier: barriers[i - 1], supportFrom: i == 1 ? "Manager" : null);
        }

        return h;
    }
}
