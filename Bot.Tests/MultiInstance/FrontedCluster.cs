using Microsoft.Extensions.DependencyInjection;
using OutcomesBot.Bot.Tests.Storage.Contract;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Fakes;

namespace OutcomesBot.Bot.Tests.MultiInstance;

/// <summary>
/// Two real bots behind a <see cref="LoopbackFront"/>, sharing Azurite's tables and a Quartz cluster on PostgreSQL, with
/// a fake Bot Connector that counts what reaches each conversation. One cluster serves every test of a class (bots
/// take seconds to start on a loaded machine); each test uses conversations and people of its own.
/// </summary>
public sealed class FrontedCluster(Azurite azurite, Postgres postgres) : IAsyncLifetime
{
    private static readonly TimeSpan StartWithin = TimeSpan.FromSeconds(120);
    private readonly StoreBackend _storage = StoreBackend.Azure(azurite);
    private BotCluster? _cluster;
    private TeamsLimitsConnector? _connector;
    private LoopbackFront? _front;

    public TeamsLimitsConnector Connector => _connector ?? throw new InvalidOperationException("Not started.");

    public LoopbackFront Front => _front ?? throw new InvalidOperationException("Not started.");

    internal BotCluster Cluster => _cluster ?? throw new InvalidOperationException("Not started.");

    /// <summary>The stores over the cluster's tables, to seed what a test needs and read what the bots stored.</summary>
    public IServiceProvider Stores { get; private set; } = new ServiceCollection().BuildServiceProvider();

    public async ValueTask InitializeAsync()
    {
        var token = TestContext.Current.CancellationToken;
        _connector = await TeamsLimitsConnector.StartAsync(50, token);
        await _storage.StartAsync(token);
        Stores = _storage.Build(TimeProvider.System, null);
        _cluster = new BotCluster(InstanceKilledMidFanOutTests.Settings(_storage.Settings, 50), await postgres.CreateDatabaseAsync(token));
        _cluster.Start("node-a", "node-b");
        _front = await LoopbackFront.StartAsync(await _cluster.ListeningAddressesAsync(StartWithin, token), token);
    }

    public async ValueTask DisposeAsync()
    {
        if (_front is not null)
        {
            await _front.DisposeAsync();
        }

        _cluster?.Dispose();
        if (_connector is not null)
        {
            await _connector.DisposeAsync();
        }

        await _storage.DisposeAsync();
    }
}
