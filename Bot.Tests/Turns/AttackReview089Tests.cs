using Microsoft.AspNetCore.WebUtilities;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.Champions;
using OutcomesBot.Dialogs.LearningSets;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.Stories;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>
/// Decision 089's attacker's review of 084-088, through the real host on SQLite: guards for surfaces found sound that no
/// test held yet (each passed on the code before). The findings and the rest of the table are in the decision.
/// </summary>
public sealed class AttackReview089Tests
{
    private const string NotYourTeam = "You are not a leader of that team";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    // "Make them a champion again" (087) is the champions card's own press: the presser must lead the team the card names
    // at the press, and the person must be in it. Robin leads another team; the ids are forged, re-cased or stale.
    [Fact]
    public async Task Guard_make_them_a_champion_again_from_another_teams_leader_with_a_forged_or_recased_team_or_after_they_left_changes_nothing()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Leader, sam: TeamRole.Champion, configureServices: StoryBot.NoBackgroundDrain);
        await ChampionComesBackTests.LeaveAndComeBackAsync(bot);
        await bot.DrainAsync();
        var told = Assert.Single(bot.App.Connector.Sent, s => s.CardText.Contains("is back in", StringComparison.Ordinal));
        var card = StoryBot.DataOf(told.Card!.Value, ChampionNoticeCards.MakeChampionAgain);
        var teams = bot.App.Get<ITeamStore>();
        var now = TimeProvider.System.GetUtcNow();
        await teams.UpsertTeamAsync(new Team { TeamId = "team-2", TenantId = "00000000-0000-0000-0000-0000000000001", ServiceUrl = "https://smba.example/", Name = "Second Team", UpdatedAt = now }, Token);
        await teams.UpsertMemberAsync(new TeamMember { TeamId = "team-2", AadObjectId = StoryBot.RobinAad, TeamsUserId = StoryBot.TeamsIdOf(StoryBot.RobinAad), Name = "Robin", IsOwner = true, UpdatedAt = now }, Token);

        var otherLeader = await bot.PressAsync(ChampionVerbs.Name, card, StoryBot.RobinAad);
        var forgedTeam = await bot.PressAsync(ChampionVerbs.Name, new Dictionary<string, string>(card) { [ChampionVerbs.TeamKey] = "team-2" }, StoryBot.RobinAad);
        var recased = await bot.PressAsync(ChampionVerbs.Name, new Dictionary<string, string>(card) { [ChampionVerbs.TeamKey] = StoryBot.TeamId.ToUpperInvariant() + "\u200B" }, StoryBot.AlexAad);
        var huge = await bot.PressAsync(ChampionVerbs.Name, new Dictionary<string, string>(card) { [ChampionVerbs.PersonKey] = new string('a', 5000) }, StoryBot.AlexAad);
        Assert.True(await teams.RemoveMemberAsync(StoryBot.TeamId, StoryBot.SamAad, Token));
        var leftAgain = await bot.PressAsync(ChampionVerbs.Name, card, StoryBot.AlexAad);

        Assert.Contains(NotYourTeam, StoryBot.Text(otherLeader), StringComparison.Ordinal);
        Assert.Contains("That person is not a member of Second Team", StoryBot.Text(forgedTeam), StringComparison.Ordinal);
        Assert.Contains(NotYourTeam, StoryBot.Text(recased), StringComparison.Ordinal);
        Assert.Contains("That person is not a member of My Team", StoryBot.Text(huge), StringComparison.Ordinal);
        Assert.Contains("That person is not a member of My Team", StoryBot.Text(leftAgain), StringComparison.Ordinal);
        Assert.Null(await teams.GetMemberAsync("team-2", StoryBot.SamAad, Token));
        Assert.DoesNotContain(await teams.ListMembershipsAsync(StoryBot.SamAad, Token), member => member.IsChampion);
    }

    // The members' note of an ended set (086) links to the round's thread with values built from stored ids and the team's
    // name, which a team owner chooses. Each goes in escaped, so a name with & = # ? / cannot add or change a parameter.
    [Fact]
    public async Task Guard_a_team_name_made_to_look_like_url_parameters_stays_one_escaped_value_of_the_thread_link()
    {
        var hostile = "Care & Support #1 ?groupId=evil&tenantId=other/../x=" + new string('z', 5000);
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion, configureServices: StoryBot.NoBackgroundDrain);
        await bot.PressAsync(LearningSetVerbs.Start, LearningSetTurnTests.GoodSet(StoryBot.SamAad, StoryBot.RobinAad), inChannel: true);
        var set = await LearningSetEndTests.StartRoundOneAsync(bot);
        var teams = bot.App.Get<ITeamStore>();
        var team = (await teams.GetTeamAsync(StoryBot.TeamId, Token))!;
        await teams.UpsertTeamAsync(team with { Name = hostile }, Token);
        bot.App.Connector.Sent.Clear();

        await bot.PressAsync(LearningSetVerbs.End, LearningSetEndTests.SetData(set));
        await bot.DrainAsync();

        // Sam and Robin, the set's members, each get the note with the same link.
        var told = bot.App.Connector.Sent.First(s => s.CardText.Contains("A learning set has ended", StringComparison.Ordinal));
        var url = new Uri(CardJsonButtons.OfType(told.Card!.Value, "Action.OpenUrl").First().GetProperty("url").GetString()!);
        var query = QueryHelpers.ParseQuery(url.Query);
        Assert.Equal(("https", "teams.microsoft.com", string.Empty), (url.Scheme, url.Host, url.Fragment));
        Assert.Equal(5, url.Segments.Length);
        Assert.Equal(["groupId", "parentMessageId", "teamName", "tenantId"], query.Keys.Order(StringComparer.Ordinal));
        Assert.All(query.Values, value => Assert.Single(value));
        Assert.Equal(team.AadGroupId, query["groupId"].ToString());
        Assert.Equal(set.TenantId, query["tenantId"].ToString());
        Assert.Equal(hostile, query["teamName"].ToString());
    }

    // "Stop it for all my teams" (084) carries no ids: the teams are those the sender champions at the press. Staff in the
    // channel, a champion who has left, and a champion whose press carries a forged team id stop nothing beyond that.
    [Fact]
    public async Task Guard_stop_it_for_all_my_teams_from_staff_in_the_channel_a_leaver_or_with_a_forged_team_stops_only_the_presser_s_own_teams()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion, sam: TeamRole.Champion, configureServices: StoryBot.NoBackgroundDrain);
        var teams = bot.App.Get<ITeamStore>();
        var now = TimeProvider.System.GetUtcNow();
        await teams.UpsertTeamAsync(new Team { TeamId = "team-2", TenantId = "00000000-0000-0000-0000-0000000000001", ServiceUrl = "https://smba.example/", Name = "Second Team", UpdatedAt = now }, Token);
        await teams.UpsertMemberAsync(new TeamMember { TeamId = "team-2", AadObjectId = StoryBot.SamAad, TeamsUserId = StoryBot.TeamsIdOf(StoryBot.SamAad), Name = "Sam Baker", UpdatedAt = now }, Token);
        Assert.True(await teams.RemoveMemberAsync(StoryBot.TeamId, StoryBot.SamAad, Token));
        var forged = new Dictionary<string, string> { [StoryVerbs.TeamKey] = "team-2" };

        await bot.PressAsync(StoryVerbs.AskStopAll, forged, StoryBot.RobinAad, inChannel: true);
        var leaver = await bot.PressAsync(StoryVerbs.AskStopAll, forged, StoryBot.SamAad);
        await bot.PressAsync(StoryVerbs.AskStopAll, forged, StoryBot.AlexAad);

        var stops = bot.App.Get<IStoryAskStops>();
        Assert.Equal(DigestCards.AskStopRefusedText, StoryBot.Text(leaver));
        Assert.Empty(await stops.ListForPersonAsync(StoryBot.RobinAad, Token));
        Assert.Empty(await stops.ListForPersonAsync(StoryBot.SamAad, Token));
        Assert.Equal([StoryBot.TeamId], (await stops.ListForPersonAsync(StoryBot.AlexAad, Token)).Select(stop => stop.TeamId));
        Assert.Empty(await stops.ListForTeamAsync("team-2", Token));
    }
}
