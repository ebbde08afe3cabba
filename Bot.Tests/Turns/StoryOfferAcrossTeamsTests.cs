using System.Text.Json.Nodes;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.Stories;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>
/// Alex leads "My Team" and is staff in "Team B", where Sam leads. Alex can post to My Team at once, and can offer a story
/// to Team B for Sam to approve, but not post there; a team Alex is not a member of is never offered.
/// </summary>
public sealed class StoryOfferAcrossTeamsTests
{
    private const string TeamB = "team-b-id";
    private const string TeamC = "team-c-id";
    private const string SamChat = "personal-user-id-1";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_leader_of_one_team_offers_a_story_to_a_team_where_they_are_staff_and_its_leader_approves_it()
    {
        await using var bot = await CreateAsync();
        var compose = StoryBot.Text(await bot.PressAsync(StoryVerbs.Compose, new Dictionary<string, string>(), StoryBot.AlexAad));
        Assert.Contains("My Team › General", compose, StringComparison.Ordinal);
        Assert.Contains("Team B › General" + StoryDialog.ForApprovalSuffix, compose, StringComparison.Ordinal);
        Assert.DoesNotContain("Team C", compose, StringComparison.Ordinal);

        var values = StoryTurnTests.GoodStory();
        values["channel"] = TeamB;
        var preview = await bot.PressAsync(StoryVerbs.Check, values, StoryBot.AlexAad);
        Assert.Contains("once a team leader or champion approves it", StoryBot.Text(preview), StringComparison.Ordinal);
        var send = StoryBot.DataOf(preview, StoryPostCards.OfferButton);
        var offered = await bot.PressAsync(StoryVerbs.Offer, send, StoryBot.AlexAad);
        Assert.Contains("Your story is with your team leader", StoryBot.Text(offered), StringComparison.Ordinal);
        await bot.DrainAsync();
        var asked = Assert.Single(bot.App.Connector.Sent, s => s.CardText.Contains("Alex Wilber offers this success story", StringComparison.Ordinal));
        Assert.Equal(SamChat, asked.ConversationId);
        bot.App.Connector.Sent.Clear();

        var approved = await bot.PressAsync(StoryVerbs.Approve, new Dictionary<string, string> { [StoryDraft.StoryIdKey] = send[StoryDraft.StoryIdKey] }, StoryBot.SamAad);
        await bot.DrainAsync();

        Assert.Contains("will appear in Team B › General", StoryBot.Text(approved), StringComparison.Ordinal);
        var posted = Assert.Single(bot.App.Connector.Sent, s => s.ConversationId == TeamB);
        Assert.Contains("Back to the allotment", posted.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain(bot.App.Connector.Sent, s => s.ConversationId == StoryBot.Channel);
    }

    [Fact]
    public async Task A_leader_cannot_post_directly_to_a_team_where_they_are_staff_nor_offer_to_a_team_they_are_not_in()
    {
        await using var bot = await CreateAsync();
        var toB = StoryTurnTests.GoodStory();
        toB["channel"] = TeamB;
        toB[StoryDraft.StoryIdKey] = Guid.NewGuid().ToString("N");
        var toC = new Dictionary<string, string>(toB) { ["channel"] = TeamC, [StoryDraft.StoryIdKey] = Guid.NewGuid().ToString("N") };

        var post = await bot.PressAsync(StoryVerbs.Post, toB, StoryBot.AlexAad);
        var offerC = await bot.PressAsync(StoryVerbs.Offer, toC, StoryBot.AlexAad);
        var postC = await bot.PressAsync(StoryVerbs.Post, toC, StoryBot.AlexAad);
        await bot.DrainAsync();

        Assert.Contains("go to a leader or champion first", StoryBot.Text(post), StringComparison.Ordinal);
        Assert.Contains("Please pick one of the channels listed.", StoryBot.Text(offerC), StringComparison.Ordinal);
        Assert.Contains("Please pick one of the channels listed.", StoryBot.Text(postC), StringComparison.Ordinal);
        Assert.Empty(bot.App.Connector.Sent);
        Assert.Null(await bot.App.Get<IStoryOfferStore>().GetAsync(toC[StoryDraft.StoryIdKey], Token));
        Assert.Null(await bot.App.Get<IStoryStore>().GetAsync(toB[StoryDraft.StoryIdKey], Token));
    }

    /// <summary>StoryBot's team, plus Team B (Sam leads, Alex is staff) and Team C (Sam only), each installed in General.</summary>
    private static async Task<StoryBot> CreateAsync()
    {
        var bot = await StoryBot.CreateAsync(alex: TeamRole.Leader);
        var teams = bot.App.Get<ITeamStore>();
        var now = TimeProvider.System.GetUtcNow();
        foreach (var (teamId, name, withAlex) in new[] { (TeamB, "Team B", true), (TeamC, "Team C", false) })
        {
            var install = Samples.Fresh("installationUpdate-channel");
            install["conversation"]!["id"] = teamId;
            install["channelData"]!["team"] = new JsonObject { ["id"] = teamId, ["name"] = name };
            install["channelData"]!["channel"] = new JsonObject { ["id"] = teamId };
            using var response = await bot.App.PostActivityAsync(install);
            Assert.True(response.IsSuccessStatusCode);
            List<TeamMember> roster = [new() { TeamId = teamId, AadObjectId = StoryBot.SamAad, TeamsUserId = "user-id-1", Name = "Sam Baker", IsOwner = true, UpdatedAt = now }];
            if (withAlex)
            {
                roster.Add(new() { TeamId = teamId, AadObjectId = StoryBot.AlexAad, TeamsUserId = "user-id-0", Name = "Alex Wilber", IsOwner = false, UpdatedAt = now });
            }

            await teams.SyncRosterAsync(teamId, roster, Token);
        }

        bot.App.Connector.Sent.Clear();
        return bot;
    }
}
