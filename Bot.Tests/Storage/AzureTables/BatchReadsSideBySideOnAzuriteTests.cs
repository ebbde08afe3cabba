using System.Globalization;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using OutcomesBot.Bot.Storage.AzureTables;
using OutcomesBot.Bot.Tests.Storage.Contract;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.People;

namespace OutcomesBot.Bot.Tests.Storage.AzureTables;

/// <summary>
/// Decision 099, the person store on Azurite: a batch read's queries (13 people each, 8 for a hundred) run side by side, a
/// few at once, and give what one after another gave; one query failing, or the caller giving up, fails the whole read,
/// with no part of it returned. A pipeline policy on the Table client sees each query of the people table.
/// </summary>
[Slow]
public sealed class BatchReadsSideBySideOnAzuriteTests(Azurite azurite) : IAsyncLifetime
{
    private const int People = 100;
    private readonly StoreBackend _backend = StoreBackend.Azure(azurite);
    private readonly PeopleQueries _queries = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_hundred_people_are_read_by_queries_that_overlap_at_most_four_at_once_and_all_come_back()
    {
        var ids = await StoreAsync();

        // The first query is held until another one is sent: read one after another, the second never comes while it waits.
        _queries.Start(holdFirstUntilSecond: true);
        var read = await Store().GetManyAsync(ids, Token);

        Assert.Equal(ids.Order(StringComparer.Ordinal), read.Keys.Order(StringComparer.Ordinal));
        Assert.All(ids, id => Assert.Equal(NameOf(id), read[id].Name));
        Assert.Equal(8, _queries.Sent);
        Assert.InRange(_queries.MostAtOnce, 2, AzureTablesOptions.DefaultBatchReadConcurrency);
    }

    [Fact]
    public async Task A_batch_read_with_one_failed_query_fails_whole_and_returns_nothing()
    {
        var ids = await StoreAsync();
        var store = Store();

        _queries.Start(failAt: 3);
        await Assert.ThrowsAsync<IOException>(() => store.GetManyAsync(ids, Token));

        _queries.Start();
        Assert.Equal(People, (await store.GetManyAsync(ids, Token)).Count);
    }

    // Decision 102's guard: the caller giving up (a turn timing out) while queries are in flight gets no part of the read
    // either, and the next read is whole.
    [Fact]
    public async Task Guard_a_batch_read_cancelled_while_its_queries_run_throws_and_returns_nothing()
    {
        var ids = await StoreAsync();
        var store = Store();
        using var giveUp = CancellationTokenSource.CreateLinkedTokenSource(Token);

        _queries.Start(cancelAt: 3, cancel: giveUp);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.GetManyAsync(ids, giveUp.Token));

        _queries.Start();
        Assert.Equal(People, (await store.GetManyAsync(ids, Token)).Count);
    }

    public async ValueTask InitializeAsync() => await _backend.StartAsync(Token);

    public ValueTask DisposeAsync() => _backend.DisposeAsync();

    private IPersonStore Store() => _backend.Build(TimeProvider.System, null, services =>
    {
        var client = new TableClientOptions();
        client.AddPolicy(_queries, HttpPipelinePosition.PerCall);
        services.AddSingleton(client);
    }).GetRequiredService<IPersonStore>();

    private async Task<List<string>> StoreAsync()
    {
        var store = Store();
        var ids = Enumerable.Range(0, People).Select(i => "29:p-" + i.ToString("D3", CultureInfo.InvariantCulture)).ToList();
        foreach (var id in ids)
        {
            await store.UpsertAsync(new Person { TeamsUserId = id, AadObjectId = "aad-" + id, Name = NameOf(id), LastSeenAt = TimeProvider.System.GetUtcNow() }, Token);
        }

        return ids;
    }

    private static string NameOf(string id) => "Person " + id;

    // Sees every query of the people table ("people()" with a filter): counts them, how many were in flight at once, holds
    // the first until a second is sent, and fails the one asked to.
    private sealed class PeopleQueries : HttpPipelinePolicy
    {
        private readonly Lock _gate = new();
        private TaskCompletionSource _second = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private bool _hold;
        private int _failAt;
        private int _cancelAt;
        private CancellationTokenSource? _cancel;
        private int _inFlight;

        public int Sent { get; private set; }

        public int MostAtOnce { get; private set; }

        public void Start(int failAt = 0, bool holdFirstUntilSecond = false, int cancelAt = 0, CancellationTokenSource? cancel = null)
        {
            lock (_gate)
            {
                (Sent, MostAtOnce, _failAt, _hold, _cancelAt, _cancel) = (0, 0, failAt, holdFirstUntilSecond, cancelAt, cancel);
                _second = new(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
            throw new NotSupportedException("The stores call the Table service asynchronously.");

        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            if (!message.Request.Uri.ToUri().AbsolutePath.EndsWith(AzurePersonStore.TableName + "()", StringComparison.Ordinal))
            {
                await ProcessNextAsync(message, pipeline);
                return;
            }

            int sent;
            lock (_gate)
            {
                sent = ++Sent;
                MostAtOnce = Math.Max(MostAtOnce, ++_inFlight);
                if (sent == 2)
                {
                    _second.SetResult();
                }
            }

            try
            {
                if (sent == _failAt)
                {
                    throw new IOException("The connection dropped here (test).");
                }

                if (sent == _cancelAt)
                {
                    await _cancel!.CancelAsync();
                }

                if (sent == 1 && _hold)
                {
                    // Only a guard against hanging: one after another, no second query comes, and the read fails here.
                    await _second.Task.WaitAsync(TimeSpan.FromSeconds(20), message.CancellationToken);
                }

                await ProcessNextAsync(message, pipeline);
            }
            finally
            {
                lock (_gate)
                {
                    _inFlight--;
                }
            }
        }
    }
}
