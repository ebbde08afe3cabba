using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using OutcomesBot.Bot.Tests.Delivery;
using OutcomesBot.Bot.Tests.Storage.Contract;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Fakes;
using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.Bot.Tests.MultiInstance;

/// <summary>
/// Two real bots share Azurite's tables and a Quartz cluster on PostgreSQL. A fan-out of 2,000 check-ins is queued; the
/// instance that is draining it is killed (SIGKILL) in the middle. The other takes over once Quartz sees the first gone
/// and the dead drain's claims have run out their lease. The tenant limit is the app's, not each instance's: one
/// instance drains at a time (decision 028). The limit is set high here so that the fan-out takes seconds.
/// </summary>
[Slow]
public sealed class InstanceKilledMidFanOutTests(Azurite azurite, Postgres postgres)
{
    private const int People = 2_000;
    private const int TenantRate = 250;
    private const int MaxParallelSends = 8;
    private const string Cycle = "cycle-multi";
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(150);

    [Fact]
    public async Task Everyone_gets_one_message_within_the_apps_tenant_limit_when_the_draining_instance_is_killed()
    {
        var token = TestContext.Current.CancellationToken;
        await using var connector = await TeamsLimitsConnector.StartAsync(TenantRate, token);
        connector.Latency = TimeSpan.FromMilliseconds(30);
        connector.HonourClientActivityIds = true;
        await using var storage = StoreBackend.Azure(azurite);
        await storage.StartAsync(token);
        var stores = storage.Build(TimeProvider.System, null);
        var outbox = stores.GetRequiredService<IOutboxStore>();
        await FanOut.SeedConversationsAsync(stores.GetRequiredService<IConversationStore>(), connector.ServiceUrl, People, token);

        using var cluster = new BotCluster(Settings(storage.Settings), await postgres.CreateDatabaseAsync(token));
        cluster.Start("node-a", "node-b");
        await outbox.EnqueueAsync(FanOut.Messages(Cycle, People), token);

        await FanOut.WaitAsync(connector.DeliveredAtLeastAsync(People / 3, token), cluster, Within);
        var drainer = await cluster.RunningAsync("outbox-drain", token);
        Assert.NotNull(drainer);
        cluster.Kill(drainer);
        var killedAt = Stopwatch.StartNew();
        var atKill = await outbox.CountAsync(Cycle, token);
        var deliveredAtKill = connector.TotalDelivered;
        // In the middle: not everything was sent. Whether the killed drain held claims at that instant (Sending > 0, taken
        // again after their lease) or was between two claims depends on the moment; the output says which this run saw.
        Assert.True(atKill.Sent < People, $"the kill came too late to test anything: {atKill}");

        await FanOut.WaitAsync(FanOut.AllSentAsync(outbox, Cycle, People, token), cluster, Within);
        var survivor = cluster.Bots.Keys.Single(name => name != drainer);
        Assert.False(cluster.Bots[survivor].HasExited, cluster.RecentOutput);

        Assert.All(Enumerable.Range(0, People), person =>
            Assert.Equal(1, connector.DeliveredPerConversation.GetValueOrDefault(DeliveryHarness.ConversationOf(person))));
        Assert.Equal(People, connector.TotalDelivered);
        Assert.InRange(connector.DuplicatesAbsorbed, 0, MaxParallelSends);
        Assert.Equal(0, connector.LimitViolations);
        Assert.InRange(connector.MaxRequestsInAnySecond(), 1, TenantRate);
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"killed {drainer} after {deliveredAtKill} deliveries ({atKill.Sent} recorded Sent, {atKill.Sending} Sending); {survivor} finished " +
            $"{killedAt.Elapsed.TotalSeconds:0.0} s after the kill; busiest second {connector.MaxRequestsInAnySecond()} of {TenantRate}; resends absorbed {connector.DuplicatesAbsorbed}");
    }

    internal static Dictionary<string, string?> Settings(IReadOnlyDictionary<string, string?> storage, int tenantRate = TenantRate) => new(storage)
    {
        ["Delivery:TenantRatePerSecond"] = tenantRate.ToString(CultureInfo.InvariantCulture),
        ["Delivery:MaxParallelSends"] = MaxParallelSends.ToString(CultureInfo.InvariantCulture),
        ["Delivery:ClaimBatchSize"] = "16",
        ["Delivery:Lease"] = "00:00:10",
        ["Delivery:IdlePoll"] = "00:00:00.200",
        ["Delivery:DrainInterval"] = "00:00:01",
        ["Scheduler:IdleWaitTime"] = "00:00:01",
        ["Scheduler:ClusterCheckinInterval"] = "00:00:01",
        ["BotConnector:Timeout"] = "00:00:05",
    };
}
