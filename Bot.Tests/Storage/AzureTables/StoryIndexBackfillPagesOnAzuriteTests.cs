using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OutcomesBot.Bot.Storage.AzureTables;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.Stories;
using OutcomesBot.Scheduler.Stories;

namespace OutcomesBot.Bot.Tests.Storage.AzureTables;

/// <summary>
/// Decision 091, the real host on Azurite: the story index back-fill reads the stories a page at a time (a page of 2
/// here, through <c>Storage:AzureTables:BackfillPageSize</c>) and keeps where it got to, so a run cut short (the third
/// page's request fails, as on an instance that stops) is continued by the next run from the page it did not finish.
/// </summary>
[Slow]
public sealed class StoryIndexBackfillPagesOnAzuriteTests(Azurite azurite)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_run_reads_a_page_at_a_time_and_a_run_cut_short_is_continued_from_where_it_stopped()
    {
        var queries = new StoryQueries();
        var settings = await azurite.StorageSettingsAsync("pages", Token);
        settings["Storage:AzureTables:BackfillPageSize"] = "2";
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion, settings: settings, configureServices: services =>
        {
            StoryBot.NoBackgroundDrain(services);
            var client = new TableClientOptions();
            client.AddPolicy(queries, HttpPipelinePosition.PerCall);
            services.RemoveAll<TableClientOptions>();
            services.AddSingleton(client);
        });
        var now = TimeProvider.System.GetUtcNow();
        for (var i = 1; i <= 5; i++)
        {
            await bot.App.Get<IStoryStore>().TryAddAsync(Story($"old-{i}", now.AddDays(-i)), Token);
        }

        var table = bot.App.Get<AzureTableSet>()[AzureStoryStore.TableName];
        var authorRows = AzureFilters.Partitions("author|", "author}");
        Assert.Equal(5, await table.DeleteWhereAsync(authorRows, Token));
        var backfill = bot.App.Get<IStoryIndexBackfill>();

        // The third page's request fails: two pages (four stories) were written, and where the third starts was kept.
        queries.Start(failAt: 3);
        await Assert.ThrowsAsync<IOException>(() => backfill.RunAsync(Token));
        Assert.Equal(4, (await table.QueryAsync(authorRows, Token)).Count);
        Assert.Null(await table.GetAsync(AzureStoryIndexBackfill.DonePartition, AzureStoryIndexBackfill.DoneRow, Token));
        Assert.All(queries.Tops, top => Assert.Equal("2", top));

        // The next run reads the one page left, writes its story and marks the back-fill done.
        queries.Start(failAt: 0);
        Assert.Equal(1, await backfill.RunAsync(Token));
        Assert.Equal("2", Assert.Single(queries.Tops));
        Assert.Equal(5, (await table.QueryAsync(authorRows, Token)).Count);
        Assert.NotNull(await table.GetAsync(AzureStoryIndexBackfill.DonePartition, AzureStoryIndexBackfill.DoneRow, Token));

        queries.Start(failAt: 0);
        Assert.Equal(0, await backfill.RunAsync(Token));
        Assert.Empty(queries.Tops);
    }

    private static Story Story(string id, DateTimeOffset at) => new()
    {
        StoryId = id, TeamId = StoryBot.TeamId, TenantId = "00000000-0000-0000-0000-0000000000001", ChannelId = StoryBot.TeamId, AuthorAadObjectId = StoryBot.AlexAad,
        AuthorName = "Alex Wilber", Title = "Back to the allotment", Mattered = "m", Changed = "c", Helped = "h", OutcomeKinds = ["change"], PostedAt = at,
    };

    // Sees every query of the stories table's story rows: the page size each asked for ($top), and fails the one asked to.
    private sealed class StoryQueries : HttpPipelineSynchronousPolicy
    {
        private int _failAt;

        public List<string?> Tops { get; } = [];

        public void Start(int failAt)
        {
            lock (Tops)
            {
                Tops.Clear();
                _failAt = failAt;
            }
        }

        public override void OnSendingRequest(HttpMessage message)
        {
            var uri = message.Request.Uri.ToUri();
            var query = Uri.UnescapeDataString(uri.Query);
            if (!uri.AbsolutePath.EndsWith(AzureStoryStore.TableName + "()", StringComparison.Ordinal) || !query.Contains("RowKey eq 'story'", StringComparison.Ordinal))
            {
                return;
            }

            lock (Tops)
            {
                Tops.Add(System.Web.HttpUtility.ParseQueryString(uri.Query)["$top"]);
                if (Tops.Count == _failAt)
                {
                    throw new IOException("The instance stopped here (test).");
                }
            }
        }
    }
}
