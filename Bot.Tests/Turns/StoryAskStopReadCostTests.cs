using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.Stories;
using OutcomesBot.Fakes;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>
/// Decision 097, through the real host on SQLite with the team store's calls counted: "Don't ask me for stories" read the
/// presser's membership of the card's team, then all their memberships (for "all my teams"). It reads their memberships
/// once, and finds the card's team among them, compared exactly, so the stop and its refusals are as before.
/// </summary>
public sealed class StoryAskStopReadCostTests
{
    private const string TeamB = "team-b";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_champion_of_two_teams_stops_the_ask_in_one_with_one_read_of_their_memberships()
    {
        var calls = new StoreCallCounts();
        await using var bot = await CreateAsync(calls);

        calls.Reset();
        var stopped = await bot.PressAsync(StoryVerbs.AskStop, Team(StoryBot.TeamId), StoryBot.AlexAad);

        Assert.Contains("I won't ask you for stories for My Team any more.", StoryBot.Text(stopped), StringComparison.Ordinal);
        Assert.Contains(DigestCards.OtherTeamsText, StoryBot.Text(stopped), StringComparison.Ordinal);
        Assert.Equal(StoryBot.TeamId, Assert.Single(await bot.App.Get<IStoryAskStops>().ListForPersonAsync(StoryBot.AlexAad, Token)).TeamId);

        // Before, the member of the card's team (1), then every membership (1): 2.
        Assert.Equal(1, calls.ByMethod.GetValueOrDefault("TeamStore.GetMember") + calls.ByMethod.GetValueOrDefault("TeamStore.ListMemberships"));
    }

    [Fact]
    public async Task The_card_s_team_in_another_case_or_with_an_added_character_or_a_team_they_do_not_champion_stops_nothing()
    {
        var calls = new StoreCallCounts();
        await using var bot = await CreateAsync(calls);

        var refused = new List<string>();
        foreach (var (team, presser) in new[]
        {
            (StoryBot.TeamId.ToUpperInvariant(), StoryBot.AlexAad), (StoryBot.TeamId + "\u200B", StoryBot.AlexAad),
            (TeamB, StoryBot.SamAad), (StoryBot.TeamId, StoryBot.RobinAad),
        })
        {
            refused.Add(StoryBot.Text(await bot.PressAsync(StoryVerbs.AskStop, Team(team), presser)));
        }

        Assert.All(refused, text => Assert.Equal(DigestCards.AskStopRefusedText, text));
        Assert.Empty(await bot.App.Get<IStoryAskStops>().ListForTeamAsync(StoryBot.TeamId, Token));
        Assert.Empty(await bot.App.Get<IStoryAskStops>().ListForTeamAsync(TeamB, Token));
    }

    // StoryBot's team, where Alex and Sam are champions and Robin is staff, and a second team with the same three, where
    // Alex alone is a champion.
    private static async Task<StoryBot> CreateAsync(StoreCallCounts calls)
    {
        var bot = await StoryBot.CreateAsync(
            alex: TeamRole.Champion, sam: TeamRole.Champion, configureServices: services => services.CountCalls<ITeamStore>(calls));
        var now = TimeProvider.System.GetUtcNow();
        var teams = bot.App.Get<ITeamStore>();
        await teams.UpsertTeamAsync(new Team { TeamId = TeamB, TenantId = "t", ServiceUrl = "https://smba.example/", Name = "Team B", UpdatedAt = now }, Token);
        await teams.SyncRosterAsync(
            TeamB,
            [.. new[] { StoryBot.AlexAad, StoryBot.SamAad, StoryBot.RobinAad }.Select(aad => new TeamMember
            {
                TeamId = TeamB, AadObjectId = aad, TeamsUserId = StoryBot.TeamsIdOf(aad), Name = StoryBot.NameOf(aad), UpdatedAt = now,
            })],
            Token);
        Assert.True(await teams.SetChampionAsync(TeamB, StoryBot.AlexAad, true, now, Token));
        return bot;
    }

    private static Dictionary<string, string> Team(string team) => new() { [StoryVerbs.TeamKey] = team };
}
