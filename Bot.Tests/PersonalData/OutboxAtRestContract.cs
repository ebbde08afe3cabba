using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Cards.Model;
using OutcomesBot.Bot.Tests.Turns;
using OutcomesBot.Dialogs.LearningSets;
using OutcomesBot.Dialogs.MyData;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.Stories;
using OutcomesBot.Scheduler.Delivery;
using OutcomesBot.Scheduler.LearningSets;
using OutcomesBot.Scheduler.Stories;

namespace OutcomesBot.Bot.Tests.PersonalData;

/// <summary>
/// Decision 090, through the real host, the same bodies on SQLite (<see cref="OutboxAtRestOnSqlite"/>) and on Azure
/// Tables (<see cref="OutboxAtRestOnAzurite"/>): what a waiting message holds of a person is read from the storage itself,
/// not through the outbox store. After the person deletes their data, no outbox row holds their name or words, and what
/// is sent still reads right.
/// </summary>
public abstract partial class OutboxAtRestContract
{
    private const string Title = "Back to the allotment";
    private const string Changed = "She grows beans again";
    private const string SamsChallenge = "Sam's challenge about the Tuesday visits";
    private const string TenantId = "00000000-0000-0000-0000-0000000000001";
    private static readonly string SamsName = StoryBot.NameOf(StoryBot.SamAad);
    private static readonly string AlexsName = StoryBot.NameOf(StoryBot.AlexAad);

    protected static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>A bot on this backend, with Quartz kept from draining the outbox behind the test's back.</summary>
    protected abstract Task<StoryBot> CreateBotAsync(TeamRole alex, TeamRole sam);

    /// <summary>Where the outbox's stored rows hold <paramref name="text"/> (any case), read raw.</summary>
    protected abstract Task<IReadOnlyList<string>> OutboxHoldingAsync(StoryBot bot, string text);

    [Fact]
    public async Task A_digest_waiting_when_its_author_deletes_their_data_holds_nothing_of_them_and_goes_by_a_colleague()
    {
        await using var bot = await CreateBotAsync(TeamRole.Leader, TeamRole.Champion);
        var end = TimeProvider.System.GetUtcNow();
        await bot.App.Get<IStoryStore>().TryAddAsync(SamsStory(end.AddDays(-1)), Token);
        Assert.Equal(1, await bot.App.Get<StoryDigestRunner>().RunAsync(StoryBot.TeamId, end, Token));

        await bot.PressAsync(MyDataVerbs.ConfirmDelete, new Dictionary<string, string>(), StoryBot.SamAad);

        var key = OutboxMessage.KeyFor(StoryDigestRunner.CycleOf(StoryBot.TeamId, end), StoryBot.Channel, StoryDigestRunner.DigestKind);
        Assert.Equal(OutboxStatus.Pending, (await bot.App.Get<IOutboxStore>().FindAsync(key, Token))?.Status);
        Assert.NotEmpty(await OutboxHoldingAsync(bot, StoryDigestRunner.DigestKind));
        await AssertOutboxHoldsNoneOfAsync(bot, SamsName, Title, Changed);
        await bot.DrainAsync();
        var digest = Assert.Single(bot.App.Connector.Sent, s => s.ConversationId == StoryBot.Channel);
        Assert.Contains(Title, digest.CardText, StringComparison.Ordinal);
        Assert.Contains("What changed: " + Changed, digest.CardText, StringComparison.Ordinal);
        Assert.Contains("Shared by a colleague", digest.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain(SamsName, digest.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_round_summary_waiting_when_a_member_deletes_their_data_holds_nothing_of_them_and_goes_without_their_answer()
    {
        await using var bot = await CreateBotAsync(TeamRole.Champion, TeamRole.Staff);
        await bot.PressAsync(LearningSetVerbs.Start, LearningSetTurnTests.GoodSet(StoryBot.SamAad, StoryBot.RobinAad), inChannel: true);
        var set = await LearningSetEndTests.StartRoundOneAsync(bot);
        await LearningSetTurnTests.AnswerAndSaveAsync(bot, LearningSetTurnTests.Answer(set.SetId, 1, SamsChallenge), StoryBot.SamAad);
        Assert.Single(await bot.App.Get<ILearningSetStore>().ListAnswersAsync(set.SetId, 1, Token));
        Assert.Equal(2, await bot.App.Get<LearningRoundRunner>().RunAsync(set.SetId, set.RoundAt(2), Token));

        await bot.PressAsync(MyDataVerbs.ConfirmDelete, new Dictionary<string, string>(), StoryBot.SamAad);

        Assert.NotEmpty(await OutboxHoldingAsync(bot, LearningRoundRunner.SummaryKind));
        await AssertOutboxHoldsNoneOfAsync(bot, SamsName, SamsChallenge);
        await bot.DrainAsync();
        var summary = Assert.Single(bot.App.Connector.Sent, s => s.CardText.Contains("Round 1 of 3: what the set shared", StringComparison.Ordinal));
        Assert.Contains("Nobody answered this round.", summary.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain(SamsChallenge, summary.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain(SamsName, summary.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_champion_is_back_card_waiting_when_they_delete_their_data_goes_with_it()
    {
        await using var bot = await CreateBotAsync(TeamRole.Leader, TeamRole.Champion);
        await ChampionComesBackTests.LeaveAndComeBackAsync(bot);
        Assert.NotEmpty(await OutboxHoldingAsync(bot, SamsName));

        await bot.PressAsync(MyDataVerbs.ConfirmDelete, new Dictionary<string, string>(), StoryBot.SamAad);

        await AssertOutboxHoldsNoneOfAsync(bot, SamsName);
        await bot.DrainAsync();
        Assert.DoesNotContain(bot.App.Connector.Sent, s => s.CardText.Contains("is back in", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Digests_queued_with_a_card_before_090_go_built_from_their_stories_and_one_with_none_recorded_does_not_go()
    {
        await using var bot = await CreateBotAsync(TeamRole.Leader, TeamRole.Champion);
        var end = TimeProvider.System.GetUtcNow();
        var before077 = end.AddDays(-7);
        var stories = bot.App.Get<IStoryStore>();
        var story = SamsStory(end.AddDays(-1));
        await stories.TryAddAsync(story, Token);
        Assert.True(await stories.TryRecordDigestAsync(StoryBot.TeamId, end, end, Token));
        await stories.RecordDigestStoriesAsync(StoryBot.TeamId, end, StoryBot.Channel, [story.StoryId], Token);
        var asQueued = CardJson.Serialize(DigestCards.Digest([story with { Title = "The title as it was queued" }]));
        var outbox = bot.App.Get<IOutboxStore>();
        await outbox.EnqueueAsync(
            [
                OutboxMessage.ForChannel(StoryDigestRunner.CycleOf(StoryBot.TeamId, end), StoryBot.Channel, null, TenantId, StoryDigestRunner.DigestKind, asQueued, end),
                OutboxMessage.ForChannel(StoryDigestRunner.CycleOf(StoryBot.TeamId, before077), StoryBot.Channel, null, TenantId, StoryDigestRunner.DigestKind, asQueued, end),
            ],
            Token);

        await bot.DrainAsync();

        var digest = Assert.Single(bot.App.Connector.Sent, s => s.ConversationId == StoryBot.Channel);
        Assert.Contains(Title, digest.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("The title as it was queued", digest.CardText, StringComparison.Ordinal);
        var dropped = await outbox.FindAsync(OutboxMessage.KeyFor(StoryDigestRunner.CycleOf(StoryBot.TeamId, before077), StoryBot.Channel, StoryDigestRunner.DigestKind), Token);
        Assert.Equal(OutboxStatus.Skipped, dropped?.Status);
    }

    private async Task AssertOutboxHoldsNoneOfAsync(StoryBot bot, params string[] texts)
    {
        foreach (var text in texts)
        {
            var places = await OutboxHoldingAsync(bot, text);
            Assert.True(places.Count == 0, $"The outbox still holds \"{text}\": {string.Join(", ", places)}");
        }
    }

    private static Story SamsStory(DateTimeOffset at) => new()
    {
        StoryId = "sams", TeamId = StoryBot.TeamId, TenantId = TenantId, ChannelId = StoryBot.Channel,
        AuthorAadObjectId = StoryBot.SamAad, AuthorName = SamsName, Title = Title, Mattered = "m",
        Changed = Changed, Helped = "h", OutcomeKinds = ["change"], PostedAt = at,
    };
}
