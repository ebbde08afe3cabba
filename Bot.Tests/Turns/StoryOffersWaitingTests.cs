using System.Text.Json;
using System.Text.Json.Nodes;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.Stories;
using OutcomesBot.Dialogs.Welcome;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>
/// Decision 101, through the real host on SQLite with Quartz held back, so the push of 087 is never sent (as for a
/// leader or champion with no 1:1 chat yet, or an Unreachable send): Robin (staff) offers a story in My Team, and the
/// welcome card of a leader or champion of My Team says it waits, with a button that shows its decision card.
/// </summary>
public sealed class StoryOffersWaitingTests
{
    private const string OneWaits = "1 story waits for your OK in My Team.";
    private const string Offers = "Robin Cole offers this success story";
    private const string SamChat = "a:sam-personal-chat";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_leader_says_hi_later_sees_the_story_waiting_decides_on_its_card_and_the_line_is_gone()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Leader, configureServices: StoryBot.NoBackgroundDrain);
        await StoryOfferTests.OfferAsync(bot);
        bot.App.Connector.Sent.Clear();

        var welcome = await HiAsync(bot, StoryBot.AlexAad);
        Assert.Contains(WelcomeCard.WaitingHeading, StoryBot.Text(welcome), StringComparison.Ordinal);
        Assert.Contains(OneWaits, StoryBot.Text(welcome), StringComparison.Ordinal);
        Assert.DoesNotContain("Back to the allotment", StoryBot.Text(welcome), StringComparison.Ordinal);

        var answer = await bot.PressAsync(StoryVerbs.Waiting, StoryBot.DataOf(welcome, StoryOffersWaiting.Show), StoryBot.AlexAad);
        var decision = Assert.Single(bot.App.Connector.Sent).Card!.Value;
        Assert.Contains("Waiting in My Team", StoryBot.Text(answer), StringComparison.Ordinal);
        Assert.Contains(Offers, StoryBot.Text(decision), StringComparison.Ordinal);
        Assert.Contains("Back to the allotment", StoryBot.Text(decision), StringComparison.Ordinal);
        Assert.Equal(WelcomeVerbs.ShowWelcome, CardJsonButtons.Find(answer, "Back to welcome")["verb"]?.GetValue<string>());
        var back = await bot.PressAsync(WelcomeVerbs.ShowWelcome, new Dictionary<string, string>(), StoryBot.AlexAad);
        Assert.Contains(OneWaits, StoryBot.Text(back), StringComparison.Ordinal);

        var approved = await bot.PressAsync(StoryVerbs.Approve, StoryBot.DataOf(decision, "Approve and post"), StoryBot.AlexAad);
        Assert.Contains("will appear in My Team", StoryBot.Text(approved), StringComparison.Ordinal);

        var after = await HiAsync(bot, StoryBot.AlexAad);
        Assert.DoesNotContain("wait", StoryBot.Text(after), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_champion_whose_chat_opens_later_is_told_and_their_not_this_time_clears_it_for_the_leader_too()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Leader, sam: TeamRole.Champion, configureServices: StoryBot.NoBackgroundDrain);
        await StoryOfferTests.OfferAsync(bot);

        var welcome = await SamOpensChatAsync(bot);
        Assert.Contains(WelcomeCard.WaitingHeadingForChampions, StoryBot.Text(welcome), StringComparison.Ordinal);
        Assert.Contains(OneWaits, StoryBot.Text(welcome), StringComparison.Ordinal);
        Assert.Contains(OneWaits, StoryBot.Text(await HiAsync(bot, StoryBot.AlexAad)), StringComparison.Ordinal);

        bot.App.Connector.Sent.Clear();
        await bot.PressAsync(StoryVerbs.Waiting, StoryBot.DataOf(welcome, StoryOffersWaiting.Show), StoryBot.SamAad);
        var decision = Assert.Single(bot.App.Connector.Sent).Card!.Value;
        var data = StoryBot.DataOf(decision, "Send");
        data[StoryVerbs.KindWordKey] = "Thank you";
        var declined = await bot.PressAsync(StoryVerbs.NotThisTime, data, StoryBot.SamAad);
        Assert.Contains("Nothing was posted", StoryBot.Text(declined), StringComparison.Ordinal);

        Assert.DoesNotContain(OneWaits, StoryBot.Text(await HiAsync(bot, StoryBot.SamAad)), StringComparison.Ordinal);
        Assert.DoesNotContain(OneWaits, StoryBot.Text(await HiAsync(bot, StoryBot.AlexAad)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_the_author_and_a_leader_of_another_team_are_told_nothing_and_a_forged_team_is_refused()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Leader, sam: TeamRole.Staff, configureServices: StoryBot.NoBackgroundDrain);
        await StoryOfferTests.OfferAsync(bot);

        var staff = StoryBot.Text(await HiAsync(bot, StoryBot.SamAad));
        var author = StoryBot.Text(await HiAsync(bot, StoryBot.RobinAad));
        await SetSamOwnerOfAnotherTeamAsync(bot);
        var otherLeader = StoryBot.Text(await HiAsync(bot, StoryBot.SamAad));

        Assert.Contains("Welcome to OutcomesBot", staff, StringComparison.Ordinal);
        Assert.Contains("Team momentum", otherLeader, StringComparison.Ordinal);
        Assert.All([staff, author, otherLeader], text => Assert.DoesNotContain("wait", text, StringComparison.OrdinalIgnoreCase));

        // Sam, who leads only the other team, presses a button naming My Team (or junk): refused, nothing of the story shown.
        bot.App.Connector.Sent.Clear();
        var forged = await bot.PressAsync(StoryVerbs.Waiting, new Dictionary<string, string> { [StoryVerbs.TeamKey] = StoryBot.TeamId }, StoryBot.SamAad);
        var junk = await bot.PressAsync(StoryVerbs.Waiting, new Dictionary<string, string> { [StoryVerbs.TeamKey] = "team|../x" }, StoryBot.SamAad);
        var byAuthor = await bot.PressAsync(StoryVerbs.Waiting, new Dictionary<string, string> { [StoryVerbs.TeamKey] = StoryBot.TeamId }, StoryBot.RobinAad);

        Assert.All([forged, junk, byAuthor], card => Assert.Contains(StoryOffersWaiting.NotYours, StoryBot.Text(card), StringComparison.Ordinal));
        Assert.Empty(bot.App.Connector.Sent);
    }

    [Fact]
    public async Task Five_waiting_show_the_newest_three_cards_and_say_two_more_wait()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Leader, configureServices: StoryBot.NoBackgroundDrain);
        List<string> offered = [];
        for (var i = 0; i < 5; i++)
        {
            offered.Add(await StoryOfferTests.OfferAsync(bot));
        }

        var welcome = await HiAsync(bot, StoryBot.AlexAad);
        bot.App.Connector.Sent.Clear();
        var answer = await bot.PressAsync(StoryVerbs.Waiting, StoryBot.DataOf(welcome, StoryOffersWaiting.Show), StoryBot.AlexAad);

        Assert.Contains("5 stories wait for your OK in My Team.", StoryBot.Text(welcome), StringComparison.Ordinal);
        Assert.Contains("2 more wait", StoryBot.Text(answer), StringComparison.Ordinal);
        var shown = bot.App.Connector.Sent.Select(sent => StoryBot.DataOf(sent.Card!.Value, "Approve and post")[StoryDraft.StoryIdKey]).ToList();
        Assert.Equal([offered[4], offered[3], offered[2]], shown);
    }

    private static async Task<JsonElement> HiAsync(StoryBot bot, string aad)
    {
        bot.App.Connector.Sent.Clear();
        await bot.SayAsync("hi", aad);
        var card = Assert.Single(bot.App.Connector.Sent).Card!.Value;
        bot.App.Connector.Sent.Clear();
        return card;
    }

    // Sam adds the app for themselves: Teams makes the 1:1 chat and sends the personal install.
    private static async Task<JsonElement> SamOpensChatAsync(StoryBot bot)
    {
        bot.App.Connector.Sent.Clear();
        var install = Samples.Fresh("installationUpdate-personal");
        install["from"] = new JsonObject { ["id"] = StoryBot.TeamsIdOf(StoryBot.SamAad), ["aadObjectId"] = StoryBot.SamAad };
        install["conversation"]!["id"] = SamChat;
        using (var response = await bot.App.PostActivityAsync(install))
        {
            Assert.True(response.IsSuccessStatusCode);
        }

        return Assert.Single(bot.App.Connector.Sent, sent => sent.ConversationId == SamChat).Card!.Value;
    }

    private static async Task SetSamOwnerOfAnotherTeamAsync(StoryBot bot)
    {
        var teams = bot.App.Get<ITeamStore>();
        var now = TimeProvider.System.GetUtcNow();
        await teams.UpsertTeamAsync(new Team { TeamId = "team-2", TenantId = "00000000-0000-0000-0000-0000000000001", ServiceUrl = "http://localhost:56150/_connector", Name = "Other Team", UpdatedAt = now }, Token);
        await teams.SyncRosterAsync("team-2", [new TeamMember { TeamId = "team-2", AadObjectId = StoryBot.SamAad, TeamsUserId = StoryBot.TeamsIdOf(StoryBot.SamAad), Name = "Sam Baker", IsOwner = true, UpdatedAt = now }], Token);
    }
}
