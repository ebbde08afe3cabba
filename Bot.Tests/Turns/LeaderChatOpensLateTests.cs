using System.Text.Json.Nodes;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.Champions;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.Welcome;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>
/// Decision 099, through the real host on SQLite: Sam, a champion of My Team, leaves and comes back as staff while Alex
/// leads (Alex gets 087's card). Robin had no 1:1 chat then. When Robin's chat opens (the personal install), the welcome
/// card tells Robin what waits, only if Robin leads My Team now, and its button opens the champions card with 091's
/// question.
/// </summary>
public sealed class LeaderChatOpensLateTests
{
    private const string Waiting = "Sam Baker was a champion in My Team before they left, and is back as staff. Make them one again?";
    private const string Asked = "Sam Baker was a champion here before they left. Make them one again?";
    private const string RobinChat = "a:robin-personal-chat";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_leader_made_after_a_champion_came_back_is_told_when_their_chat_opens_and_the_button_asks_them()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Leader, sam: TeamRole.Champion, configureServices: StoryBot.NoBackgroundDrain);
        await ChampionComesBackTests.LeaveAndComeBackAsync(bot);
        await SetRobinOwnerAsync(bot, StoryBot.TeamId);

        var welcome = await RobinOpensChatAsync(bot);

        Assert.Contains(WelcomeCard.WaitingHeading, welcome.CardText, StringComparison.Ordinal);
        Assert.Contains(Waiting, welcome.CardText, StringComparison.Ordinal);
        var champions = await bot.PressAsync(ChampionVerbs.Open, StoryBot.DataOf(welcome.Card!.Value, ChampionsWaiting.Decide), StoryBot.RobinAad);
        Assert.Contains("Champions in My Team", StoryBot.Text(champions), StringComparison.Ordinal);
        Assert.Contains(Asked, StoryBot.Text(champions), StringComparison.Ordinal);

        // The same button pressed by someone who does not lead the team opens nothing of it.
        var refused = await bot.PressAsync(ChampionVerbs.Open, StoryBot.DataOf(welcome.Card!.Value, ChampionsWaiting.Decide), StoryBot.SamAad);
        Assert.DoesNotContain(Asked, StoryBot.Text(refused), StringComparison.Ordinal);
    }

    // A leader who already had a chat, and missed or dismissed the card, sees the same box on "hi" and on Back to welcome.
    [Fact]
    public async Task A_leader_who_says_hi_or_goes_back_to_the_welcome_sees_what_waits_too()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Leader, sam: TeamRole.Champion, configureServices: StoryBot.NoBackgroundDrain);
        await ChampionComesBackTests.LeaveAndComeBackAsync(bot);
        await SetRobinOwnerAsync(bot, StoryBot.TeamId);
        bot.App.Connector.Sent.Clear();

        await bot.SayAsync("hi", StoryBot.RobinAad);
        var hi = Assert.Single(bot.App.Connector.Sent).Card!.Value;
        var back = await bot.PressAsync(WelcomeVerbs.ShowWelcome, new Dictionary<string, string>(), StoryBot.RobinAad);

        Assert.All([hi, back], card =>
        {
            Assert.Contains(WelcomeCard.WaitingHeading, StoryBot.Text(card), StringComparison.Ordinal);
            Assert.Contains(Waiting, StoryBot.Text(card), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Staff_whose_chat_opens_while_a_champion_is_back_are_told_nothing_of_it()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Leader, sam: TeamRole.Champion, configureServices: StoryBot.NoBackgroundDrain);
        await ChampionComesBackTests.LeaveAndComeBackAsync(bot);

        var welcome = await RobinOpensChatAsync(bot);

        Assert.Contains("Welcome to OutcomesBot", welcome.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain(WelcomeCard.WaitingHeading, welcome.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("Sam Baker", welcome.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_leader_of_another_team_whose_chat_opens_is_told_nothing_of_it()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Leader, sam: TeamRole.Champion, configureServices: StoryBot.NoBackgroundDrain);
        await ChampionComesBackTests.LeaveAndComeBackAsync(bot);
        var teams = bot.App.Get<ITeamStore>();
        await teams.UpsertTeamAsync(new Team { TeamId = "team-2", TenantId = "00000000-0000-0000-0000-0000000000001", ServiceUrl = "http://localhost:56150/_connector", Name = "Other Team", UpdatedAt = TimeProvider.System.GetUtcNow() }, Token);
        await SetRobinOwnerAsync(bot, "team-2");

        var welcome = await RobinOpensChatAsync(bot);

        Assert.Contains("Team momentum", welcome.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain(WelcomeCard.WaitingHeading, welcome.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("Sam Baker", welcome.CardText, StringComparison.Ordinal);
    }

    // Robin becomes an owner of the team (in My Team, as a sync after the return would store it).
    private static async Task SetRobinOwnerAsync(StoryBot bot, string teamId)
    {
        var teams = bot.App.Get<ITeamStore>();
        var members = await teams.ListMembersAsync(teamId, Token);
        var robin = new TeamMember { TeamId = teamId, AadObjectId = StoryBot.RobinAad, TeamsUserId = StoryBot.TeamsIdOf(StoryBot.RobinAad), Name = "Robin Cole", IsOwner = true, UpdatedAt = TimeProvider.System.GetUtcNow() };
        await teams.SyncRosterAsync(teamId, [.. members.Where(m => m.AadObjectId != StoryBot.RobinAad), robin], Token);
        Assert.Equal(TeamRole.Leader, await bot.App.Get<TeamRoles>().RoleOfAsync(teamId, StoryBot.RobinAad, Token));
    }

    // Robin adds the app for themselves: Teams makes the 1:1 chat and sends the personal install.
    private static async Task<SentActivity> RobinOpensChatAsync(StoryBot bot)
    {
        bot.App.Connector.Sent.Clear();
        var install = Samples.Fresh("installationUpdate-personal");
        install["from"] = new JsonObject { ["id"] = StoryBot.TeamsIdOf(StoryBot.RobinAad), ["aadObjectId"] = StoryBot.RobinAad };
        install["conversation"]!["id"] = RobinChat;
        using (var response = await bot.App.PostActivityAsync(install))
        {
            Assert.True(response.IsSuccessStatusCode);
        }

        return Assert.Single(bot.App.Connector.Sent, sent => sent.ConversationId == RobinChat);
    }
}
