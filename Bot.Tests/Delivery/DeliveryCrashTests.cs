using OutcomesBot.Fakes;
using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.Bot.Tests.Delivery;

// Slow by its time alone: 4.6 s in the last full run, in the in-process host (decision 037).
[Slow]
public sealed class DeliveryCrashTests
{
    [Fact]
    public async Task A_drain_stopped_mid_fan_out_hands_its_claims_back_and_a_new_engine_finishes_without_duplicates()
    {
        var token = TestContext.Current.CancellationToken;
        const int People = 40;
        await using var connector = await TeamsLimitsConnector.StartAsync(tenantLimit: 10, token);
        await using var harness = await DeliveryHarness.CreateAsync(connector, People, token);
        await harness.EnqueueCycleAsync("cycle-1", People, token);
        var options = DeliveryEngineTests.Fast(10);

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(token);
        var first = harness.Engine(options).DrainAsync(stop.Token);
        await connector.DeliveredAtLeastAsync(15, token).WaitAsync(TimeSpan.FromSeconds(30), token);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);

        // A stop (unlike a crash, BotKilledMidFanOutTests) leaves no row Sending: what had not gone out is Pending again.
        var afterStop = await harness.Outbox.CountAsync("cycle-1", token);
        Assert.Equal(0, afterStop.Sending);
        Assert.Equal(connector.TotalDelivered, afterStop.Sent);
        Assert.Equal(People - afterStop.Sent, afterStop.Pending);

        await harness.Engine(options).DrainAsync(token);

        Assert.All(Enumerable.Range(0, People), person =>
            Assert.Equal(1, connector.DeliveredPerConversation.GetValueOrDefault(DeliveryHarness.ConversationOf(person))));
        Assert.Equal(new DeliveryCounts(0, 0, People, 0, 0), await harness.Outbox.CountAsync("cycle-1", token));
    }
}
