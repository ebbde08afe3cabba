using Microsoft.Extensions.DependencyInjection;
using OutcomesBot.Bot.Tests.Storage.Contract;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Fakes;
using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.Bot.Tests.MultiInstance;

/// <summary>
/// Teams' 50 requests a second is a limit for the whole app in a tenant, not for each instance. Two real bots share one
/// outbox: whatever both do, no second of arrivals at the fake connector holds more than the limit (decision 028).
/// The limit is low here (30/s), so that two drains at once, each within the limit on its own, would break it.
/// </summary>
[Slow]
public sealed class TenantLimitAcrossInstancesTests(Azurite azurite, Postgres postgres)
{
    private const int People = 300;
    private const int TenantRate = 30;
    private const string Cycle = "cycle-limit";

    [Fact]
    public async Task Two_instances_together_stay_within_one_tenant_limit()
    {
        var token = TestContext.Current.CancellationToken;
        await using var connector = await TeamsLimitsConnector.StartAsync(TenantRate, token);
        connector.Latency = TimeSpan.FromMilliseconds(30);
        await using var storage = StoreBackend.Azure(azurite);
        await storage.StartAsync(token);
        var stores = storage.Build(TimeProvider.System, null);
        var outbox = stores.GetRequiredService<IOutboxStore>();
        await FanOut.SeedConversationsAsync(stores.GetRequiredService<IConversationStore>(), connector.ServiceUrl, People, token);

        // The limit is counted where requests arrive: in this test process, which runs the rest of the suite beside it, so an
        // arrival can be late and two seconds' requests bunch into one. At 250 ms of slack (Delivery:RateWindowSlack, the
        // setting for jitter between leaving and arriving) a CI run under load still saw one second one over the limit, so the
        // slack here is 500 ms: each drain then sends at most 30 in any 1.5 s. Two drains that ignored each other, or one
        // that moved without waiting, would still put up to twice the limit into one second.
        var settings = InstanceKilledMidFanOutTests.Settings(storage.Settings, TenantRate);
        settings["Delivery:RateWindowSlack"] = "00:00:00.500";
        using var cluster = new BotCluster(settings, await postgres.CreateDatabaseAsync(token));
        cluster.Start("node-a", "node-b");
        await outbox.EnqueueAsync(FanOut.Messages(Cycle, People), token);
        await FanOut.WaitAsync(FanOut.AllSentAsync(outbox, Cycle, People, token), cluster, TimeSpan.FromSeconds(90));

        Assert.Equal(People, connector.TotalDelivered);
        Assert.Equal(0, connector.LimitViolations);
        Assert.InRange(connector.MaxRequestsInAnySecond(), 1, TenantRate);
        Assert.All(cluster.Bots.Values, bot => Assert.False(bot.HasExited, cluster.RecentOutput));
        TestContext.Current.TestOutputHelper?.WriteLine($"busiest second {connector.MaxRequestsInAnySecond()} of {TenantRate}");
    }
}
