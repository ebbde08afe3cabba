using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.Momentum;
using OutcomesBot.Dialogs.Momentum.YouSaid;

namespace OutcomesBot.Bot.Tests.Dialogs.Momentum;

/// <summary>
/// What leaders can and cannot see: averages only with enough answers, never a name or a word someone wrote, only their
/// own teams, and nothing at all for staff.
/// </summary>
public sealed class MomentumPrivacyTests
{
    private const string Team = "team-a";
    private static readonly DateTimeOffset LastWeek = MomentumHarness.ThisWeek.AddDays(-7);
    private static readonly string[] Distinctive = ["Zanzibar", "marmalade", "Ottoline", "trampoline"];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task With_four_answers_the_leader_sees_no_averages_for_that_week()
    {
        var json = await LeaderCardAfterLastWeekAsync([5, 5, 4, 5]);

        Assert.Contains("fewer than 5 answered", json, StringComparison.Ordinal);
        Assert.DoesNotContain("4.8", json, StringComparison.Ordinal);
        Assert.DoesNotContain("4.75", json, StringComparison.Ordinal);
        Assert.DoesNotContain("77", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Chart.", json, StringComparison.Ordinal);
        Assert.DoesNotContain("4 of 9", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_five_answers_the_leader_sees_the_averages()
    {
        var json = await LeaderCardAfterLastWeekAsync([5, 5, 4, 5, 5]);

        Assert.Contains("\"4.8\"", json, StringComparison.Ordinal);
        Assert.Contains("\"77\"", json, StringComparison.Ordinal);
        Assert.Contains("5 of 9 (56%)", json, StringComparison.Ordinal);
        Assert.Contains("Chart.Line", json, StringComparison.Ordinal);
        Assert.Contains("Chart.VerticalBar", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_week_stored_under_a_lower_threshold_is_hidden_when_the_threshold_rises()
    {
        await using var h = await MomentumHarness.CreateAsync();
        await h.AddTeamAsync(Team, staff: 8);
        h.Options.MinimumAnswersForTotals = 3;
        for (var i = 1; i <= 3; i++)
        {
            await h.AnswerAsync(Team, i, 4, LastWeek.AddDays(1));
        }

        await h.Writer.WriteLastWeekAsync(Token);
        h.Options.MinimumAnswersForTotals = 5;
        var json = CardJson.Serialize(await h.MomentumAsync(MomentumHarness.LeaderAad(Team)));

        Assert.DoesNotContain("\"4\"", json, StringComparison.Ordinal);
        Assert.Contains("fewer than 5 answered", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_name_and_no_free_text_reaches_the_momentum_or_you_said_cards()
    {
        await using var h = await MomentumHarness.CreateAsync();
        await h.AddTeamAsync(Team, staff: 8);
        var cycle = await h.OpenCycleAsync(Team, MomentumHarness.ThisWeek.AddDays(-7));
        for (var i = 1; i <= 6; i++)
        {
            var word = Distinctive[i % Distinctive.Length];
            await h.AnswerAsync(Team, i, 3, MomentumHarness.ThisWeek.AddHours(-i), cycle.CycleId,
                wentWell: $"{word} visit with {MomentumHarness.StaffName(i)}", barrier: $"Paperwork for {word}",
                supportFrom: $"{word} manager {MomentumHarness.StaffName(i + 1)}");
        }

        var leader = MomentumHarness.LeaderAad(Team);
        List<AdaptiveCard> cards =
        [
            await h.MomentumAsync(leader),
            await h.YouSaidAsync(leader, YouSaidVerbs.Open),
        ];
        var preview = await h.YouSaidAsync(leader, YouSaidVerbs.Preview, new() { ["team"] = Team, ["response"] = "We are trying a shorter form." });
        cards.Add(preview);
        var send = MomentumHarness.ButtonData(preview, "Send to the team");
        cards.Add(await h.YouSaidAsync(leader, YouSaidVerbs.Send, send));
        var queued = await h.Database.QueryListAsync("SELECT card_json FROM outbox;", _ => { }, reader => reader.GetString(0), Token);

        Assert.Equal(9, queued.Count);
        foreach (var json in cards.Select(CardJson.Serialize).Concat(queued))
        {
            Assert.DoesNotContain("Blackwood", json, StringComparison.Ordinal);
            Assert.All(Distinctive, word => Assert.DoesNotContain(word, json, StringComparison.OrdinalIgnoreCase));
        }

        Assert.Contains("Paperwork and recording: 6 people", CardJson.Serialize(cards[1]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(MomentumVerbs.Open)]
    [InlineData(MomentumVerbs.Team)]
    public async Task Staff_asking_for_momentum_are_refused_kindly(string verb)
    {
        await using var h = await MomentumHarness.CreateAsync();
        await h.AddTeamAsync(Team, staff: 6);

        var card = await h.MomentumAsync(MomentumHarness.StaffAad(Team, 1), verb, Team);

        Assert.Contains("for team leaders", ExerciseDriver.TextOf(card), StringComparison.Ordinal);
        Assert.DoesNotContain("Week by week", ExerciseDriver.TextOf(card), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(YouSaidVerbs.Open)]
    [InlineData(YouSaidVerbs.Team)]
    [InlineData(YouSaidVerbs.Preview)]
    [InlineData(YouSaidVerbs.Send)]
    public async Task Staff_forging_a_you_said_press_are_refused_and_nothing_changes(string verb)
    {
        await using var h = await MomentumHarness.CreateAsync();
        await h.AddTeamAsync(Team, staff: 6);

        var card = await h.YouSaidAsync(MomentumHarness.StaffAad(Team, 1), verb, new()
        {
            ["team"] = Team,
            ["response"] = "Forged message",
            ["responseId"] = Guid.NewGuid().ToString("N"),
        });

        Assert.Contains("for team leaders", ExerciseDriver.TextOf(card), StringComparison.Ordinal);
        Assert.Empty(await h.Responses.ListForTeamAsync(Team, Token));
        Assert.Equal(0, await OutboxRowsAsync(h));
    }

    [Fact]
    public async Task A_leader_of_team_A_cannot_see_or_write_to_team_B()
    {
        await using var h = await MomentumHarness.CreateAsync();
        await h.AddTeamAsync("team-a", staff: 6);
        await h.AddTeamAsync("team-b", staff: 6, name: "Team Bravo");
        var leaderOfA = MomentumHarness.LeaderAad("team-a");

        var momentum = await h.MomentumAsync(leaderOfA, MomentumVerbs.Team, "team-b");
        var send = await h.YouSaidAsync(leaderOfA, YouSaidVerbs.Send, new() { ["team"] = "team-b", ["response"] = "Hello B", ["responseId"] = Guid.NewGuid().ToString("N") });

        Assert.Contains("Not one of your teams", ExerciseDriver.TextOf(momentum), StringComparison.Ordinal);
        Assert.Contains("Not one of your teams", ExerciseDriver.TextOf(send), StringComparison.Ordinal);
        Assert.DoesNotContain("Team Bravo", CardJson.Serialize(momentum), StringComparison.Ordinal);
        Assert.Empty(await h.Responses.ListForTeamAsync("team-b", Token));
        Assert.Equal(0, await OutboxRowsAsync(h));
    }

    // One answer per staff member last week with these confidence scores (readiness 77 each), the week written, then
    // the leader's momentum card as JSON: the two threshold tests differ only in how many answered.
    private static async Task<string> LeaderCardAfterLastWeekAsync(int[] confidence)
    {
        await using var h = await MomentumHarness.CreateAsync();
        await h.AddTeamAsync(Team, staff: 8);
        for (var i = 1; i <= confidence.Length; i++)
        {
            await h.AnswerAsync(Team, i, confidence[i - 1], LastWeek.AddDays(1), readiness: 77);
        }

        await h.Writer.WriteLastWeekAsync(Token);
        return CardJson.Serialize(await h.MomentumAsync(MomentumHarness.LeaderAad(Team)));
    }

    internal static async Task<long> OutboxRowsAsync(MomentumHarness h) =>
        await h.Database.QueryFirstAsync("SELECT COUNT(*) FROM outbox;", _ => { }, reader => reader.GetInt64(0), Token);
}
