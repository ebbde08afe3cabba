using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.Stories;
using OutcomesBot.Scheduler.Stories;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>
/// Decision 081, through the real host on SQLite: a story's author keeps control of it after leaving the team. <c>my
/// stories</c> lists their own stories of the team they left, and <b>Take it down</b> works for them there (the post is
/// deleted and the digest that carried it rebuilt, as decision 077 does); nothing else of that team is theirs any more.
/// </summary>
public sealed class MyStoriesAfterLeavingTests
{
    private const string AlexsTitle = "Back to the allotment";
    private const string SamsTitle = "Swimming on Thursdays";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Someone_who_left_lists_their_story_of_that_team_and_takes_it_down_from_the_channel_and_its_digest()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion, sam: TeamRole.Champion);
        var storyId = await PostAsync(bot, StoryBot.AlexAad);
        await bot.App.Get<IStoryStore>().TryAddAsync(SamsStory(TimeProvider.System.GetUtcNow().AddHours(-1)), Token);
        await bot.DrainAsync();
        Assert.Equal(1, await bot.App.Get<StoryDigestRunner>().RunAsync(StoryBot.TeamId, TimeProvider.System.GetUtcNow(), Token));
        await bot.DrainAsync();
        await bot.App.Get<ITeamStore>().RemoveMemberAsync(StoryBot.TeamId, StoryBot.AlexAad, Token);
        bot.App.Connector.Sent.Clear();

        await bot.SayAsync("my stories", StoryBot.AlexAad);

        var sent = Assert.Single(bot.App.Connector.Sent);
        var listed = sent.CardText;
        Assert.Contains(AlexsTitle, listed, StringComparison.Ordinal);
        Assert.Contains($"by Alex Wilber, in {StoryTakeDownCards.LeftTeamText}", listed, StringComparison.Ordinal);
        Assert.DoesNotContain(SamsTitle, listed, StringComparison.Ordinal);
        var button = CardJsonButtons.Find(sent.Card!.Value, "Take it down");
        Assert.Equal(storyId, (string?)button["data"]![StoryDraft.StoryIdKey]);

        var result = await bot.PressAsync(StoryVerbs.TakeDown, Id(storyId), StoryBot.AlexAad);

        Assert.Contains("has been removed from the channel", StoryBot.Text(result), StringComparison.Ordinal);
        Assert.Single(bot.App.Connector.Sent, s => s.Operation == "delete");
        var digest = Assert.Single(bot.App.Connector.Sent, s => s.Operation == "update");
        Assert.Contains(SamsTitle, digest.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain(AlexsTitle, digest.CardText, StringComparison.Ordinal);
        Assert.Null(await bot.App.Get<IStoryStore>().GetAsync(storyId, Token));
    }

    [Fact]
    public async Task Someone_who_left_cannot_see_or_take_down_another_persons_story_of_that_team_by_its_id()
    {
        // Alex led the team, so could take Sam's story down while in it; not after leaving.
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Leader, sam: TeamRole.Champion);
        var storyId = await PostAsync(bot, StoryBot.SamAad);
        await bot.DrainAsync();
        await bot.App.Get<ITeamStore>().RemoveMemberAsync(StoryBot.TeamId, StoryBot.AlexAad, Token);
        bot.App.Connector.Sent.Clear();

        await bot.SayAsync("my stories", StoryBot.AlexAad);
        var result = await bot.PressAsync(StoryVerbs.TakeDown, Id(storyId), StoryBot.AlexAad);

        Assert.DoesNotContain(AlexsTitle, Assert.Single(bot.App.Connector.Sent).CardText, StringComparison.Ordinal);
        Assert.Contains(StoryTakeDownCards.NotAllowedText, result.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain(bot.App.Connector.Sent, s => s.Operation is "delete" or "update");
        var kept = await bot.App.Get<IStoryStore>().GetAsync(storyId, Token);
        Assert.Equal((AlexsTitle, null), (kept?.Title, kept?.TakenDownAt));
    }

    private static async Task<string> PostAsync(StoryBot bot, string aad)
    {
        var preview = await bot.PressAsync(StoryVerbs.Check, StoryTurnTests.GoodStory(), aad);
        var post = StoryBot.DataOf(preview, "Post");
        await bot.PressAsync(StoryVerbs.Post, post, aad);
        return post[StoryDraft.StoryIdKey];
    }

    private static Dictionary<string, string> Id(string storyId) => new() { [StoryDraft.StoryIdKey] = storyId };

    private static Story SamsStory(DateTimeOffset at) => new()
    {
        StoryId = "sams-story", TeamId = StoryBot.TeamId, TenantId = "00000000-0000-0000-0000-0000000000001", ChannelId = StoryBot.Channel,
        AuthorAadObjectId = StoryBot.SamAad, AuthorName = "Sam Baker", Title = SamsTitle, Mattered = "m", Changed = "c", Helped = "h",
        OutcomeKinds = ["change"], PostedAt = at,
    };
}
