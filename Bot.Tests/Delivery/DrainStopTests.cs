using OutcomesBot.Fakes;
using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.Bot.Tests.Delivery;

/// <summary>
/// Stopping a drain (the host shutting down cancels the Quartz job) lets sends already on the wire finish and be recorded,
/// and hands back every claim that had not gone out, so a restart or another instance sends it at once, not after the lease.
/// </summary>
public sealed class DrainStopTests
{
    [Fact]
    public async Task A_stopped_drain_leaves_nothing_Sending_and_hands_back_unsent_claims_without_spending_an_attempt()
    {
        var token = TestContext.Current.CancellationToken;
        const int People = 10;
        await using var connector = await TeamsLimitsConnector.StartAsync(tenantLimit: 50, token);
        await using var harness = await DeliveryHarness.CreateAsync(connector, People, token);
        await harness.EnqueueCycleAsync("cycle-1", People, token);

        // One request a second: after the first send the others wait for their slot, as a throttled tenant's would.
        var options = DeliveryEngineTests.Fast(tenantRate: 1);
        options.Lease = TimeSpan.FromMinutes(10);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(token);
        var drain = harness.Engine(options).DrainAsync(stop.Token);
        await connector.DeliveredAtLeastAsync(1, token);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => drain);

        var counts = await harness.Outbox.CountAsync("cycle-1", token);
        Assert.Equal(0, counts.Sending);
        Assert.Equal(connector.TotalDelivered, counts.Sent);
        Assert.Equal(People - counts.Sent, counts.Pending);
        for (var person = 0; person < People; person++)
        {
            var message = await harness.Outbox.FindAsync($"cycle-1|{DeliveryHarness.UserId(person)}|checkin", token);
            Assert.True(message!.Status == OutboxStatus.Sent || message.Attempts == 0, $"{message.Status} after {message.Attempts} attempts");
        }

        // The next drain sends the rest now (the lease is ten minutes), and nobody twice.
        await harness.Engine(DeliveryEngineTests.Fast(tenantRate: 50)).DrainAsync(token);
        Assert.Equal(People, (await harness.Outbox.CountAsync("cycle-1", token)).Sent);
        Assert.All(Enumerable.Range(0, People), person =>
            Assert.Equal(1, connector.DeliveredPerConversation.GetValueOrDefault(DeliveryHarness.ConversationOf(person))));
    }
}
