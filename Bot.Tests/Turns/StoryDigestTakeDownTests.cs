using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.Stories;
using OutcomesBot.Scheduler.Delivery;
using OutcomesBot.Scheduler.Stories;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>
/// A story taken down leaves every digest that carried it (decision 077): a posted digest is updated in the channel
/// without it, a queued one is rebuilt before it goes, and nothing of it stays in the stored card.
/// </summary>
public sealed class StoryDigestTakeDownTests
{
    private const string Kept = "Back to the allotment";
    private const string TakenDown = "Mr Jones walks to the shop";
    private const string TakenDownChange = "He told us his address";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_posted_digest_is_updated_in_the_channel_without_the_story_taken_down()
    {
        await using var bot = await StoryBot.CreateAsync(configureServices: StoryBot.NoBackgroundDrain, alex: TeamRole.Leader, sam: TeamRole.Champion);
        var end = await TwoStoriesInADigestAsync(bot);
        await bot.DrainAsync();
        var digestId = (await DigestRowAsync(bot, end))!.SentActivityId;

        var result = await bot.PressAsync(StoryVerbs.TakeDown, new Dictionary<string, string> { [StoryDraft.StoryIdKey] = "gone" }, StoryBot.SamAad);

        Assert.Contains("Taken down", StoryBot.Text(result), StringComparison.Ordinal);
        var update = Assert.Single(bot.App.Connector.Sent, s => s.Operation == "update");
        Assert.Equal(digestId, update.TargetId);
        Assert.Contains(Kept, update.CardText, StringComparison.Ordinal);
        AssertNothingOfTheStoryTakenDown(update.CardText);
        Assert.Contains("1 story shared", update.CardText, StringComparison.Ordinal);
        Assert.Null(await bot.App.Get<IStoryStore>().GetAsync("gone", Token));
    }

    [Fact]
    public async Task A_posted_digest_whose_only_story_is_taken_down_says_so()
    {
        await using var bot = await StoryBot.CreateAsync(configureServices: StoryBot.NoBackgroundDrain, alex: TeamRole.Leader, sam: TeamRole.Champion);
        var end = TimeProvider.System.GetUtcNow();
        await bot.App.Get<IStoryStore>().TryAddAsync(Story("gone", StoryBot.SamAad, TakenDown, TakenDownChange, end.AddDays(-1)), Token);
        Assert.Equal(1, await bot.App.Get<StoryDigestRunner>().RunAsync(StoryBot.TeamId, end, Token));
        await bot.DrainAsync();

        await bot.PressAsync(StoryVerbs.TakeDown, new Dictionary<string, string> { [StoryDraft.StoryIdKey] = "gone" }, StoryBot.AlexAad);

        var update = Assert.Single(bot.App.Connector.Sent, s => s.Operation == "update");
        Assert.Contains(DigestCards.TakenDownText, update.CardText, StringComparison.Ordinal);
        AssertNothingOfTheStoryTakenDown(update.CardText);
    }

    [Fact]
    public async Task A_queued_digest_is_rebuilt_before_it_goes_and_its_stored_card_keeps_nothing_of_the_story()
    {
        await using var bot = await StoryBot.CreateAsync(configureServices: StoryBot.NoBackgroundDrain, alex: TeamRole.Leader, sam: TeamRole.Champion);
        var end = await TwoStoriesInADigestAsync(bot);

        await bot.PressAsync(StoryVerbs.TakeDown, new Dictionary<string, string> { [StoryDraft.StoryIdKey] = "gone" }, StoryBot.SamAad);
        var queued = await DigestRowAsync(bot, end);
        await bot.DrainAsync();

        // The waiting row holds no card at all since decision 090: neither story is in it; the card is built as it goes.
        Assert.Equal(OutboxStatus.Pending, queued!.Status);
        Assert.DoesNotContain(Kept, queued.CardJson, StringComparison.Ordinal);
        AssertNothingOfTheStoryTakenDown(queued.CardJson);
        var digest = Assert.Single(bot.App.Connector.Sent, s => s.ConversationId == StoryBot.Channel);
        Assert.Contains(Kept, digest.CardText, StringComparison.Ordinal);
        AssertNothingOfTheStoryTakenDown(digest.CardText);
    }

    [Fact]
    public async Task A_queued_digest_whose_only_story_is_taken_down_never_goes()
    {
        await using var bot = await StoryBot.CreateAsync(configureServices: StoryBot.NoBackgroundDrain, alex: TeamRole.Leader, sam: TeamRole.Champion);
        var end = TimeProvider.System.GetUtcNow();
        await bot.App.Get<IStoryStore>().TryAddAsync(Story("gone", StoryBot.SamAad, TakenDown, TakenDownChange, end.AddDays(-1)), Token);
        Assert.Equal(1, await bot.App.Get<StoryDigestRunner>().RunAsync(StoryBot.TeamId, end, Token));

        await bot.PressAsync(StoryVerbs.TakeDown, new Dictionary<string, string> { [StoryDraft.StoryIdKey] = "gone" }, StoryBot.SamAad);
        await bot.DrainAsync();

        Assert.DoesNotContain(bot.App.Connector.Sent, s => s.ConversationId == StoryBot.Channel);
        var row = await DigestRowAsync(bot, end);
        Assert.Equal((OutboxStatus.Skipped, ""), (row!.Status, row.CardJson));
    }

    private static async Task<DateTimeOffset> TwoStoriesInADigestAsync(StoryBot bot)
    {
        var end = TimeProvider.System.GetUtcNow();
        var store = bot.App.Get<IStoryStore>();
        await store.TryAddAsync(Story("kept", StoryBot.AlexAad, Kept, "She grows beans again", end.AddDays(-2)), Token);
        await store.TryAddAsync(Story("gone", StoryBot.SamAad, TakenDown, TakenDownChange, end.AddDays(-1)), Token);
        Assert.Equal(1, await bot.App.Get<StoryDigestRunner>().RunAsync(StoryBot.TeamId, end, Token));
        return end;
    }

    private static void AssertNothingOfTheStoryTakenDown(string text)
    {
        Assert.DoesNotContain(TakenDown, text, StringComparison.Ordinal);
        Assert.DoesNotContain(TakenDownChange, text, StringComparison.Ordinal);
        Assert.DoesNotContain(StoryBot.NameOf(StoryBot.SamAad), text, StringComparison.Ordinal);
    }

    private static Task<OutboxMessage?> DigestRowAsync(StoryBot bot, DateTimeOffset end) =>
        bot.App.Get<IOutboxStore>().FindAsync(OutboxMessage.KeyFor(StoryDigestRunner.CycleOf(StoryBot.TeamId, end), StoryBot.Channel, StoryDigestRunner.DigestKind), Token);

    private static Story Story(string id, string author, string title, string changed, DateTimeOffset at) => new()
    {
        StoryId = id, TeamId = StoryBot.TeamId, TenantId = "00000000-0000-0000-0000-0000000000001", ChannelId = StoryBot.Channel,
        AuthorAadObjectId = author, AuthorName = StoryBot.NameOf(author), Title = title, Mattered = "m", Changed = changed, Helped = "h",
        OutcomeKinds = ["change"], PostedAt = at,
    };
}
