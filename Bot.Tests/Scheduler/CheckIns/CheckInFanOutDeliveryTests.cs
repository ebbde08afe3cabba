using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OutcomesBot.Bot.Tests.Delivery;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Fakes;
using OutcomesBot.Scheduler.CheckIns;
using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.Bot.Tests.Scheduler.CheckIns;

/// <summary>A team cycle fanned out and delivered through the real engine and sender to the fake Teams connector with its limits.</summary>
// Slow by its time alone: 3.8 s in the last full run, in the in-process host (decision 037).
[Slow]
public sealed class CheckInFanOutDeliveryTests
{
    [Fact]
    public async Task Every_member_gets_exactly_one_check_in_and_blocked_ones_are_counted()
    {
        var token = TestContext.Current.CancellationToken;
        const int People = 40;
        await using var connector = await TeamsLimitsConnector.StartAsync(tenantLimit: 20, token);
        await using var harness = await DeliveryHarness.CreateAsync(connector, People, token);
        var world = new RhythmWorld(harness.Sqlite.Database, new ManualTimeProvider(RhythmWorld.Slot));
        string[] zones = ["Europe/London", "America/New_York", "Asia/Kolkata", "Australia/Sydney"];
        await world.AddTeamAsync(Enumerable.Range(0, People).Select(i => (DeliveryHarness.UserId(i), (string?)zones[i % zones.Length])));
        connector.ThrottleOnce(DeliveryHarness.ConversationOf(3), retryAfterSeconds: 1);
        connector.BadGatewayOnce(DeliveryHarness.ConversationOf(5));
        connector.Block(DeliveryHarness.ConversationOf(7));
        await world.FireAsync();
        await world.FireAsync();

        // The engine's clock is a day after the slot, so every check-in is due whatever the person's zone.
        var later = new ShiftedTimeProvider(RhythmWorld.Slot.AddDays(1) - TimeProvider.System.GetUtcNow());
        var engine = new DeliveryEngine(harness.Outbox, harness.Sender(), harness.Reachability, Options.Create(DeliveryEngineTests.Fast(20)), later,
            NullLogger<DeliveryEngine>.Instance, [new CheckInOutboxPrecondition(world.CheckIns, world.Deliveries, world.Rhythms, world.Teams, world.People, later)]);
        await engine.DrainAsync(token);

        Assert.All(Enumerable.Range(0, People).Where(person => person != 7), person =>
            Assert.Equal(1, connector.DeliveredPerConversation.GetValueOrDefault(DeliveryHarness.ConversationOf(person))));
        Assert.False(connector.DeliveredPerConversation.ContainsKey(DeliveryHarness.ConversationOf(7)));
        Assert.Equal(new DeliveryCounts(Pending: 0, Sending: 0, Sent: People - 1, Failed: 0, Unreachable: 1), await harness.Outbox.CountAsync(RhythmWorld.CycleId(), token));
    }
}
