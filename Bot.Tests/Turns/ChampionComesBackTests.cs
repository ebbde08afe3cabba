using System.Text.Json.Nodes;
using OutcomesBot.Bot.Protocol.Activities;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.Champions;
using OutcomesBot.Dialogs.MyData;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Scheduler.Rosters;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>
/// Decision 087, through the real host on SQLite: a champion who leaves the team (Teams says so) and comes back (the
/// roster sync reads them again) is back as staff; the team's leaders are told once, in their 1:1 chat, with a button
/// that names them again through the champions card's own checks at the press.
/// </summary>
public sealed class ChampionComesBackTests
{
    private const string BackText = "Sam Baker, a champion here before they left, is back in the team as staff.";
    private const string MakeChampion = ChampionNoticeCards.MakeChampionAgain;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_leader_is_told_once_that_a_champion_is_back_as_staff_and_names_them_again_with_one_press()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Leader, sam: TeamRole.Champion, configureServices: StoryBot.NoBackgroundDrain);
        await LeaveAndComeBackAsync(bot);
        var teams = bot.App.Get<ITeamStore>();
        Assert.False((await teams.GetMemberAsync(StoryBot.TeamId, StoryBot.SamAad, Token))!.IsChampion);

        await bot.DrainAsync();
        var told = Assert.Single(bot.App.Connector.Sent, s => s.CardText.Contains(BackText, StringComparison.Ordinal));
        Assert.NotEqual(StoryBot.Channel, told.ConversationId);
        await bot.App.Get<IRosterSync>().SyncAsync(StoryBot.TeamId, null, Token);
        await bot.DrainAsync();
        Assert.Single(bot.App.Connector.Sent, s => s.CardText.Contains(BackText, StringComparison.Ordinal));

        Assert.Contains(StoryBot.TeamId, (await FormerChampionOfAsync(bot))!.ToJsonString(), StringComparison.Ordinal);

        var named = await bot.PressAsync(ChampionVerbs.Name, StoryBot.DataOf(told.Card!.Value, MakeChampion), StoryBot.AlexAad);

        Assert.Contains("Sam Baker is now a champion in My Team.", StoryBot.Text(named), StringComparison.Ordinal);
        Assert.True((await teams.GetMemberAsync(StoryBot.TeamId, StoryBot.SamAad, Token))!.IsChampion);
        Assert.True(await FormerChampionOfAsync(bot) is null or JsonArray { Count: 0 });
    }

    [Fact]
    public async Task The_button_pressed_by_someone_who_does_not_lead_the_team_changes_nothing()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Leader, sam: TeamRole.Champion, configureServices: StoryBot.NoBackgroundDrain);
        await LeaveAndComeBackAsync(bot);
        await bot.DrainAsync();
        var told = Assert.Single(bot.App.Connector.Sent, s => s.CardText.Contains(BackText, StringComparison.Ordinal));

        var refused = await bot.PressAsync(ChampionVerbs.Name, StoryBot.DataOf(told.Card!.Value, MakeChampion), StoryBot.RobinAad);

        Assert.Contains("You are not a leader of that team", StoryBot.Text(refused), StringComparison.Ordinal);
        Assert.False((await bot.App.Get<ITeamStore>().GetMemberAsync(StoryBot.TeamId, StoryBot.SamAad, Token))!.IsChampion);
    }

    [Fact]
    public async Task A_staff_member_who_leaves_and_comes_back_is_told_to_nobody()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Leader, sam: TeamRole.Staff, configureServices: StoryBot.NoBackgroundDrain);
        await LeaveAndComeBackAsync(bot);
        await bot.DrainAsync();

        Assert.DoesNotContain(bot.App.Connector.Sent, s => s.CardText.Contains("is back in", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_champion_who_comes_back_as_a_leader_is_told_to_nobody()
    {
        await using var bot = await StoryBot.CreateAsync(
            alex: TeamRole.Leader, sam: TeamRole.Champion, settings: new Dictionary<string, string?> { ["Roles:Leaders:0"] = StoryBot.SamAad }, configureServices: StoryBot.NoBackgroundDrain);
        await LeaveAndComeBackAsync(bot);
        await bot.DrainAsync();

        Assert.DoesNotContain(bot.App.Connector.Sent, s => s.CardText.Contains("is back in", StringComparison.Ordinal));
    }

    // What Sam's "my data" holds of the teams Sam was a champion of when leaving.
    private static async Task<JsonNode?> FormerChampionOfAsync(StoryBot bot) =>
        (await bot.App.Get<PersonalDataControl>().ExportAsync(new PersonIdentity(StoryBot.TeamsIdOf(StoryBot.SamAad), StoryBot.SamAad), Token))["sources"]?["teamMemberships"]?["formerChampion"];

    // Teams says Sam left (the team's conversationUpdate), then the roster sync reads the team with Sam in it again.
    internal static async Task LeaveAndComeBackAsync(StoryBot bot)
    {
        var left = Samples.Fresh("conversationUpdate-channel");
        left.Remove("membersAdded");
        left["membersRemoved"] = new JsonArray(new JsonObject { ["id"] = StoryBot.TeamsIdOf(StoryBot.SamAad), ["aadObjectId"] = StoryBot.SamAad });
        left["channelData"]!["eventType"] = "teamMemberRemoved";
        using (var response = await bot.App.PostActivityAsync(left))
        {
            Assert.True(response.IsSuccessStatusCode);
        }

        Assert.Null(await bot.App.Get<ITeamStore>().GetMemberAsync(StoryBot.TeamId, StoryBot.SamAad, Token));
        bot.App.Connector.Members.Clear();
        bot.App.Connector.Members.AddRange(
            new[] { StoryBot.AlexAad, StoryBot.SamAad, StoryBot.RobinAad }.Select(aad => new ChannelAccount { Id = StoryBot.TeamsIdOf(aad), AadObjectId = aad, Name = StoryBot.NameOf(aad) }));
        await bot.App.Get<IRosterSync>().SyncAsync(StoryBot.TeamId, null, Token);
        Assert.NotNull(await bot.App.Get<ITeamStore>().GetMemberAsync(StoryBot.TeamId, StoryBot.SamAad, Token));
    }
}
