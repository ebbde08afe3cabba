using OutcomesBot.Bot.PersonalData;
using OutcomesBot.Bot.Storage.AzureTables;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Bot.Tests.Turns;
using OutcomesBot.Dialogs.LearningSets;
using OutcomesBot.Dialogs.MyData;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.Stories;
using OutcomesBot.Fakes;
using OutcomesBot.Scheduler.LearningSets;
using OutcomesBot.Scheduler.Stories;

namespace OutcomesBot.Bot.Tests.Storage.AzureTables;

/// <summary>The story and learning-set features through the whole bot with <c>Storage:Provider = AzureTables</c>.</summary>
[Slow]
public sealed class StoriesAndLearningSetsOnAzuriteTests(Azurite azurite)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_story_posted_and_celebrated_on_Azure_Tables_is_counted_once_per_person_and_shared_in_the_digest()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Leader, settings: await azurite.StorageSettingsAsync("bot", Token));
        var preview = await bot.PressAsync(StoryVerbs.Check, StoryTurnTests.GoodStory());
        var celebrate = new Dictionary<string, string> { [StoryDraft.StoryIdKey] = StoryBot.DataOf(preview, "Post")[StoryDraft.StoryIdKey] };
        await bot.PressAsync(StoryVerbs.Post, StoryBot.DataOf(preview, "Post"));

        await Task.WhenAll(
            bot.PressAsync(StoryVerbs.Celebrate, celebrate, StoryBot.SamAad, inChannel: true, cardActivityId: "story-activity"),
            bot.PressAsync(StoryVerbs.Celebrate, celebrate, StoryBot.SamAad, inChannel: true, cardActivityId: "story-activity"));
        var card = await bot.PressAsync(StoryVerbs.Celebrate, celebrate, StoryBot.RobinAad, inChannel: true, cardActivityId: "story-activity");
        var queued = await bot.App.Get<StoryDigestRunner>().RunAsync(StoryBot.TeamId, TimeProvider.System.GetUtcNow().AddMinutes(1), Token);
        await bot.DrainAsync();

        Assert.IsType<AzureStoryStore>(bot.App.Get<IStoryStore>());
        Assert.Contains("2 people celebrated this.", StoryBot.Text(card), StringComparison.Ordinal);
        Assert.Equal(1, queued);
        var digest = Assert.Single(bot.App.Connector.Sent, sent => sent.CardText.Contains("This week's success stories", StringComparison.Ordinal));
        Assert.Contains("Back to the allotment", digest.CardText, StringComparison.Ordinal);
    }

    // Decision 092: until the back-fill has run, the teams the person is in are read too, so the old story is found; once
    // it has, the author's rows alone (the back-fill wrote the old story's), and both stories are still listed.
    [Fact]
    public async Task My_stories_on_Azure_Tables_lists_a_story_of_a_team_left_and_one_stored_before_the_author_index_reading_teams_only_until_the_back_fill_ran()
    {
        // Quartz held back: the back-fill runs here, by hand, after the old story is stored.
        var calls = new StoreCallCounts();
        await using var bot = await StoryBot.CreateAsync(
            alex: TeamRole.Champion, sam: TeamRole.Champion, settings: await azurite.StorageSettingsAsync("bot", Token), configureServices: services =>
            {
                StoryBot.NoBackgroundDrain(services);
                services.CountCalls<IStoryStore>(calls);
            });
        var now = TimeProvider.System.GetUtcNow();
        var store = bot.App.Get<IStoryStore>();
        await store.TryAddAsync(Story("in-team-left", "other-team", "Swimming on Thursdays", now.AddDays(-2)), Token);
        await store.TryAddAsync(Story("before-081", StoryBot.TeamId, "Back to the allotment", now.AddDays(-1)), Token);
        var authorRows = bot.App.Get<AzureTableSet>()[AzureStoryStore.TableName];
        Assert.Equal(1, await authorRows.DeleteWhereAsync(
            AzureFilters.And(AzureFilters.Partitions("author|", "author}"), AzureFilters.Compare("StoryId", "eq", "before-081")), Token));

        calls.Reset();
        await bot.SayAsync("my stories", StoryBot.AlexAad);

        var listed = Assert.Single(bot.App.Connector.Sent).CardText;
        Assert.Contains("Swimming on Thursdays", listed, StringComparison.Ordinal);
        Assert.Contains($"in {StoryTakeDownCards.LeftTeamText}", listed, StringComparison.Ordinal);
        Assert.Contains("Back to the allotment", listed, StringComparison.Ordinal);
        Assert.Equal(1, calls.ByMethod["StoryStore.ListForTeam"]);

        Assert.Equal(1, await bot.App.Get<IStoryIndexBackfill>().RunAsync(Token));
        bot.App.Connector.Sent.Clear();
        calls.Reset();
        await bot.SayAsync("my stories", StoryBot.AlexAad);

        listed = Assert.Single(bot.App.Connector.Sent).CardText;
        Assert.Contains("Swimming on Thursdays", listed, StringComparison.Ordinal);
        Assert.Contains("Back to the allotment", listed, StringComparison.Ordinal);

        // Before decision 092, Alex's team was read again: 1.
        Assert.Equal(0, calls.ByMethod.GetValueOrDefault("StoryStore.ListForTeam"));
    }

    [Fact]
    public async Task A_story_stored_before_the_author_index_is_listed_to_its_author_after_leaving_once_the_back_fill_ran_and_goes_with_their_data()
    {
        // Quartz held back: the back-fill runs here, by hand, after the old story is stored (on start it would find none).
        await using var bot = await StoryBot.CreateAsync(
            alex: TeamRole.Champion, settings: await azurite.StorageSettingsAsync("bot", Token), configureServices: StoryBot.NoBackgroundDrain);
        var now = TimeProvider.System.GetUtcNow();
        await bot.App.Get<IStoryStore>().TryAddAsync(Story("before-081", StoryBot.TeamId, "Back to the allotment", now.AddDays(-1)), Token);
        var table = bot.App.Get<AzureTableSet>()[AzureStoryStore.TableName];
        var authorRows = AzureFilters.Partitions("author|", "author}");
        Assert.Equal(1, await table.DeleteWhereAsync(authorRows, Token));
        await bot.App.Get<ITeamStore>().RemoveMemberAsync(StoryBot.TeamId, StoryBot.AlexAad, Token);
        await bot.SayAsync("my stories", StoryBot.AlexAad);
        Assert.DoesNotContain("Back to the allotment", Assert.Single(bot.App.Connector.Sent).CardText, StringComparison.Ordinal);
        bot.App.Connector.Sent.Clear();
        var backfill = bot.App.Get<IStoryIndexBackfill>();

        // Two instances at once write the missing row once.
        Assert.Equal(1, (await Task.WhenAll(backfill.RunAsync(Token), backfill.RunAsync(Token))).Sum());
        await bot.SayAsync("my stories", StoryBot.AlexAad);

        var listed = Assert.Single(bot.App.Connector.Sent).CardText;
        Assert.Contains("Back to the allotment", listed, StringComparison.Ordinal);
        Assert.Contains($"in {StoryTakeDownCards.LeftTeamText}", listed, StringComparison.Ordinal);
        Assert.Equal(0, await backfill.RunAsync(Token));

        // A restart after it stopped half-way (no mark yet) writes nothing that is there already.
        Assert.Equal(1, await table.DeleteWhereAsync(AzureFilters.Partition(AzureStoryIndexBackfill.DonePartition), Token));
        Assert.Equal(0, await backfill.RunAsync(Token));

        await bot.App.Get<PersonalDataControl>().DeleteAsync(new PersonIdentity(StoryBot.TeamsIdOf(StoryBot.AlexAad), StoryBot.AlexAad), Token);
        Assert.Empty(await table.QueryAsync(authorRows, Token));
        Assert.Equal("", (await bot.App.Get<IStoryStore>().GetAsync("before-081", Token))?.AuthorAadObjectId);
    }

    [Fact]
    public async Task A_story_offered_by_staff_on_Azure_Tables_is_decided_once_and_posted_once()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Leader, sam: TeamRole.Champion, settings: await azurite.StorageSettingsAsync("bot", Token));
        var preview = await bot.PressAsync(StoryVerbs.Check, StoryTurnTests.GoodStory(), StoryBot.RobinAad);
        var send = StoryBot.DataOf(preview, StoryPostCards.OfferButton);
        await bot.PressAsync(StoryVerbs.Offer, send, StoryBot.RobinAad);
        var id = new Dictionary<string, string> { [StoryDraft.StoryIdKey] = send[StoryDraft.StoryIdKey] };

        var answers = await Task.WhenAll(
            bot.PressAsync(StoryVerbs.Approve, id, StoryBot.AlexAad),
            bot.PressAsync(StoryVerbs.Approve, id, StoryBot.SamAad));
        await bot.DrainAsync();

        Assert.IsType<AzureStoryOfferStore>(bot.App.Get<IStoryOfferStore>());
        Assert.Single(answers, a => StoryBot.Text(a).Contains("Approved", StringComparison.Ordinal));
        Assert.Single(bot.App.Connector.Sent, sent => sent.ConversationId == StoryBot.Channel);
        Assert.Equal(StoryOfferDecision.Approved, (await bot.App.Get<IStoryOfferStore>().GetAsync(id[StoryDraft.StoryIdKey], Token))?.Decision);
        Assert.Equal(StoryBot.RobinAad, (await bot.App.Get<IStoryStore>().GetAsync(id[StoryDraft.StoryIdKey], Token))?.AuthorAadObjectId);
    }

    [Fact]
    public async Task A_round_answered_on_Azure_Tables_is_summarised_and_a_member_who_deletes_their_data_leaves_the_set()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion, settings: await azurite.StorageSettingsAsync("bot", Token));
        await bot.PressAsync(LearningSetVerbs.Start, LearningSetTurnTests.GoodSet(StoryBot.SamAad, StoryBot.RobinAad), inChannel: true);
        var set = await LearningSetTurnTests.OnlySetAsync(bot);
        var runner = bot.App.Get<LearningRoundRunner>();
        await runner.RunAsync(set.SetId, set.FirstRoundAt, Token);
        await bot.DrainAsync();
        await LearningSetTurnTests.AnswerAndSaveAsync(bot, LearningSetTurnTests.Answer(set.SetId, 1, "A family who disagree about risk"), StoryBot.SamAad);
        await LearningSetTurnTests.AnswerAndSaveAsync(bot, LearningSetTurnTests.Answer(set.SetId, 1, "Robin's own challenge"), StoryBot.RobinAad);

        await runner.RunAsync(set.SetId, set.RoundAt(2), Token);
        await bot.DrainAsync();
        await bot.App.Get<PersonalDataControl>().DeleteAsync(new PersonIdentity(StoryBot.TeamsIdOf(StoryBot.SamAad), StoryBot.SamAad), Token);

        var store = bot.App.Get<ILearningSetStore>();
        Assert.IsType<AzureLearningSetStore>(store);
        Assert.Contains(bot.App.Connector.Sent, sent => sent.CardText.Contains("A family who disagree about risk", StringComparison.Ordinal));
        Assert.Equal([StoryBot.RobinAad], (await store.GetAsync(set.SetId, Token))!.Members);
        Assert.Equal("Robin's own challenge", Assert.Single(await store.ListAnswersAsync(set.SetId, 1, Token)).Challenge);
    }

    [Fact]
    public async Task A_download_link_issued_on_Azure_Tables_opens_the_export_once()
    {
        using var app = new BotAppFactory(await azurite.StorageSettingsAsync("bot", Token));
        var links = app.Get<DownloadLinks>();
        var alex = new PersonIdentity("29:alex", "aad-alex");
        var token = await links.IssueAsync(alex, Token);

        Assert.IsType<AzureDownloadLinkStore>(app.Get<IDownloadLinkStore>());
        Assert.Equal(alex, await links.RedeemAsync(token, Token));
        Assert.Null(await links.RedeemAsync(token, Token));
    }

    private static Story Story(string id, string teamId, string title, DateTimeOffset at) => new()
    {
        StoryId = id, TeamId = teamId, TenantId = "00000000-0000-0000-0000-0000000000001", ChannelId = teamId, AuthorAadObjectId = StoryBot.AlexAad,
        AuthorName = "Alex Wilber", Title = title, Mattered = "m", Changed = "c", Helped = "h", OutcomeKinds = ["change"], PostedAt = at,
    };
}
