using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using OutcomesBot.Bot.Storage.AzureTables;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Bot.Tests.Turns;
using OutcomesBot.Dialogs.MyData;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.Stories;
using OutcomesBot.Scheduler.Stories;
using Quartz;

namespace OutcomesBot.Bot.Tests.Storage.AzureTables;

/// <summary>
/// Decision 105, the real host on Azurite with Quartz held back: the team's list of offers waiting (decision 101's
/// "waiting|{team}" rows) holds every undecided offer, also those stored before 101 (the back-fill run as the bot starts
/// writes their rows) and not one decided whose row a crash left (Read and decide deletes it when it reads the offer).
/// </summary>
[Slow]
public sealed class StoryOffersWaitingOnAzuriteTests(Azurite azurite)
{
    private const string TwoWait = "2 stories wait for your OK in My Team.";
    private const string WaitLine = "for your OK";
    private static readonly string WaitingRows = AzureFilters.Partitions(AzureStoryOfferStore.WaitingPrefix, AzureKeys.After(AzureStoryOfferStore.WaitingPrefix));

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Offers_stored_before_101_are_listed_once_the_back_fill_ran_not_a_decided_one_nor_a_deleted_author_s_and_a_second_run_writes_nothing()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Leader, settings: await azurite.StorageSettingsAsync("waiting", Token), configureServices: StoryBot.NoBackgroundDrain);
        var offers = bot.App.Get<IStoryOfferStore>();
        var now = TimeProvider.System.GetUtcNow();
        await offers.TryAddAsync(Offer("robin-1", StoryBot.RobinAad, now.AddDays(-3)), Token);
        await offers.TryAddAsync(Offer("robin-2", StoryBot.RobinAad, now.AddDays(-2)), Token);
        await offers.TryAddAsync(Offer("robin-decided", StoryBot.RobinAad, now.AddDays(-1)), Token);
        await offers.TryAddAsync(Offer("sam-deleted", StoryBot.SamAad, now), Token);
        var table = bot.App.Get<AzureTableSet>()[AzureStoryOfferStore.TableName];

        // Stored as before 101 (or a crash after each insert, before this back-fill's run): no row in the team's list.
        Assert.Equal(4, await table.DeleteWhereAsync(WaitingRows, Token));
        await offers.TryDecideAsync("robin-decided", StoryOfferDecision.NotThisTime, StoryBot.AlexAad, "Alex Wilber", now, Token);
        await bot.App.Get<PersonalDataControl>().DeleteAsync(new PersonIdentity(StoryBot.TeamsIdOf(StoryBot.SamAad), StoryBot.SamAad), Token);
        Assert.DoesNotContain(WaitLine, await HiAsync(bot), StringComparison.Ordinal);

        // Registered to run once as the bot starts; here run by hand, as Quartz would, on two instances at once.
        var scheduler = await bot.App.Get<ISchedulerFactory>().GetScheduler(Token);
        Assert.Single(await scheduler.GetTriggersOfJob(StoryOfferWaitingBackfillJob.Key, Token));
        var backfill = bot.App.Get<IStoryOfferWaitingBackfill>();
        await Task.WhenAll(
            ActivatorUtilities.CreateInstance<StoryOfferWaitingBackfillJob>(bot.App.Services).Execute(Mock.Of<IJobExecutionContext>(), Token).AsTask(),
            backfill.RunAsync(Token));

        Assert.Equal(["robin-2", "robin-1"], (await offers.ListWaitingAsync([StoryBot.TeamId], Token)).Select(offer => offer.StoryId));
        Assert.Equal(2, (await table.QueryAsync(WaitingRows, Token)).Count);
        Assert.Contains(TwoWait, await HiAsync(bot), StringComparison.Ordinal);
        Assert.NotNull(await table.GetAsync(AzureBackfillPages.DonePartition, AzureStoryOfferWaitingBackfill.DoneRow, Token));

        // Marked done: a later start reads the mark only. Without the mark (a run that stopped half-way), nothing is written twice.
        Assert.Equal(0, await backfill.RunAsync(Token));
        Assert.True(await table.TryAsync(AzureWrite.DeleteAny(AzureBackfillPages.DonePartition, AzureStoryOfferWaitingBackfill.DoneRow), Token));
        Assert.Equal(0, await backfill.RunAsync(Token));

        // The rows it wrote are the author's: they go with Robin's data.
        await bot.App.Get<PersonalDataControl>().DeleteAsync(new PersonIdentity(StoryBot.TeamsIdOf(StoryBot.RobinAad), StoryBot.RobinAad), Token);
        Assert.Empty(await table.QueryAsync(WaitingRows, Token));
    }

    [Fact]
    public async Task A_row_a_crash_left_after_the_decision_goes_when_read_and_decide_finds_the_offer_decided_and_the_next_hi_counts_nothing()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Leader, settings: await azurite.StorageSettingsAsync("waiting", Token), configureServices: StoryBot.NoBackgroundDrain);
        var storyId = await StoryOfferTests.OfferAsync(bot);
        var table = bot.App.Get<AzureTableSet>()[AzureStoryOfferStore.TableName];
        var row = Assert.Single(await table.QueryAsync(WaitingRows, Token));

        // The decision is recorded and the process stops before the row's delete: the row is put back as it was.
        Assert.True(await bot.App.Get<IStoryOfferStore>().TryDecideAsync(storyId, StoryOfferDecision.NotThisTime, StoryBot.SamAad, "Sam Baker", TimeProvider.System.GetUtcNow(), Token));
        await table.UpsertAsync(new TableEntity(row), Token);
        var welcome = await HiCardAsync(bot);
        Assert.Contains("1 story waits for your OK in My Team.", StoryBot.Text(welcome), StringComparison.Ordinal);

        var answer = await bot.PressAsync(StoryVerbs.Waiting, StoryBot.DataOf(welcome, StoryOffersWaiting.Show), StoryBot.AlexAad);

        Assert.Contains("Nothing waits in My Team now", StoryBot.Text(answer), StringComparison.Ordinal);
        Assert.Empty(bot.App.Connector.Sent);
        Assert.Empty(await table.QueryAsync(WaitingRows, Token));
        Assert.DoesNotContain(WaitLine, await HiAsync(bot), StringComparison.Ordinal);
    }

    private static async Task<string> HiAsync(StoryBot bot) => StoryBot.Text(await HiCardAsync(bot));

    private static async Task<JsonElement> HiCardAsync(StoryBot bot)
    {
        bot.App.Connector.Sent.Clear();
        await bot.SayAsync("hi", StoryBot.AlexAad);
        var card = Assert.Single(bot.App.Connector.Sent).Card!.Value;
        bot.App.Connector.Sent.Clear();
        return card;
    }

    private static StoryOffer Offer(string storyId, string authorAad, DateTimeOffset at) => new()
    {
        Story = new Story
        {
            StoryId = storyId, TeamId = StoryBot.TeamId, TenantId = "00000000-0000-0000-0000-0000000000001", ChannelId = StoryBot.Channel, AuthorAadObjectId = authorAad,
            AuthorName = "Robin Cole", Title = "Back to the allotment", Mattered = "m", Changed = "c", Helped = "h", OutcomeKinds = ["change"], PostedAt = at,
        },
        OfferedAt = at,
    };
}
