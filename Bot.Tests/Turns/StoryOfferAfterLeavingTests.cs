using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.Stories;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>
/// Decision 075, through the real host on SQLite: a story offered by a member who then left the team does not go to the
/// team's channel when a leader approves it, as a leaver's learning-set answer does not (decision 074). The offer waits,
/// so Approve works again once the author is back in the team.
/// </summary>
public sealed class StoryOfferAfterLeavingTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Approving_the_story_of_someone_who_left_posts_nothing_until_they_rejoin()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Leader, sam: TeamRole.Champion);
        var storyId = await StoryOfferTests.OfferAsync(bot);
        await bot.DrainAsync();
        var teams = bot.App.Get<ITeamStore>();
        var robin = await teams.GetMemberAsync(StoryBot.TeamId, StoryBot.RobinAad, Token);
        await teams.RemoveMemberAsync(StoryBot.TeamId, StoryBot.RobinAad, Token);
        bot.App.Connector.Sent.Clear();

        var refused = await bot.PressAsync(StoryVerbs.Approve, StoryOfferTests.Id(storyId), StoryBot.SamAad);
        await bot.DrainAsync();

        Assert.Contains("Robin Cole is no longer in this team, so their story can't go to its channel. Nothing was posted.", StoryBot.Text(refused), StringComparison.Ordinal);
        Assert.Empty(bot.App.Connector.Sent);
        Assert.Null(await bot.App.Get<IStoryStore>().GetAsync(storyId, Token));
        var waiting = await bot.App.Get<IStoryOfferStore>().GetAsync(storyId, Token);
        Assert.NotNull(waiting);
        Assert.Null(waiting.Decision);

        await teams.UpsertMemberAsync(robin!, Token);
        var approved = await bot.PressAsync(StoryVerbs.Approve, StoryOfferTests.Id(storyId), StoryBot.AlexAad);
        await bot.DrainAsync();

        Assert.Contains("will appear in My Team › General", StoryBot.Text(approved), StringComparison.Ordinal);
        Assert.Single(bot.App.Connector.Sent, s => s.ConversationId == StoryBot.Channel && s.CardText.Contains("Back to the allotment", StringComparison.Ordinal));
    }
}
