using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OutcomesBot.Bot.Tests.Storage.Contract;
using OutcomesBot.Fakes;
using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.Bot.Tests.Delivery;

/// <summary>
/// One bad message must not stop delivery (issue 12, point 5): the real engine and sender over each backend's outbox,
/// with one stored message made unreadable by the backend's own means.
/// </summary>
public abstract class BrokenMessageDeliveryContract(StoreBackend backend) : StoreContract(backend)
{
    private const int People = 14;
    private const int Corrupt = 4;

    /// <summary>Damages the stored message of <paramref name="recipientId"/> in <paramref name="cycleId"/> behind the store's back.</summary>
    protected abstract Task CorruptAsync(string cycleId, string recipientId);

    [Fact]
    public async Task A_corrupt_card_fails_alone_and_every_other_message_is_delivered_in_that_drain_and_later_ones()
    {
        await using var connector = await TeamsLimitsConnector.StartAsync(tenantLimit: 50, Token);
        await using var harness = await DeliveryHarness.CreateAsync(connector, People, Token);
        var outbox = Store<IOutboxStore>();
        await outbox.EnqueueAsync(Messages("cycle-1"), Token);
        await CorruptAsync("cycle-1", DeliveryHarness.UserId(Corrupt));
        var engine = Engine(harness, outbox, maxAttempts: 3);

        await engine.DrainAsync(Token);
        await outbox.EnqueueAsync(Messages("cycle-2"), Token);
        await engine.DrainAsync(Token);

        Assert.All(Enumerable.Range(0, People), person => Assert.Equal(
            person == Corrupt ? 1 : 2,
            connector.DeliveredPerConversation.GetValueOrDefault(DeliveryHarness.ConversationOf(person))));
        Assert.Equal(new DeliveryCounts(Pending: 0, Sending: 0, Sent: People - 1, Failed: 1, Unreachable: 0), await outbox.CountAsync("cycle-1", Token));
        Assert.Equal(People, (await outbox.CountAsync("cycle-2", Token)).Sent);
        Assert.Null(await outbox.NextDueAtAsync(Token));
    }

    [Fact]
    public async Task A_row_claimed_past_the_attempt_limit_is_failed_when_claimed_and_never_sent()
    {
        await using var connector = await TeamsLimitsConnector.StartAsync(tenantLimit: 50, Token);
        await using var harness = await DeliveryHarness.CreateAsync(connector, 2, Token);
        var outbox = Store<IOutboxStore>();
        var now = TimeProvider.System.GetUtcNow();
        await outbox.EnqueueAsync([Message("cycle-1", 0, now)], Token);

        // Three claims that never came back (a send that crashed the process each time): each lease ended at once.
        for (var claim = 0; claim < 3; claim++)
        {
            Assert.Single(await outbox.ClaimDueAsync(10, now, now.AddMilliseconds(-1), Token));
        }

        await Engine(harness, outbox, maxAttempts: 3).DrainAsync(Token);

        Assert.Equal(0, connector.TotalDelivered);
        var failed = await outbox.FindAsync(OutboxMessage.KeyFor("cycle-1", DeliveryHarness.UserId(0), "checkin"), Token);
        Assert.Equal(OutboxStatus.Failed, failed?.Status);
        Assert.Equal(DeliveryEngine.AttemptLimit, failed?.LastErrorCode);
        Assert.Null(await outbox.NextDueAtAsync(Token));
    }

    private static DeliveryEngine Engine(DeliveryHarness harness, IOutboxStore outbox, int maxAttempts) => new(
        outbox, harness.Sender(), harness.Reachability, Options.Create(DeliveryEngineTests.Fast(50, maxAttempts)), TimeProvider.System, NullLogger<DeliveryEngine>.Instance);

    private static List<OutboxMessage> Messages(string cycleId)
    {
        var now = TimeProvider.System.GetUtcNow();
        return Enumerable.Range(0, People).Select(person => Message(cycleId, person, now)).ToList();
    }

    private static OutboxMessage Message(string cycleId, int person, DateTimeOffset now) =>
        OutboxMessage.Create(cycleId, DeliveryHarness.UserId(person), DeliveryHarness.Tenant, "checkin", """{"type":"AdaptiveCard","version":"1.5","body":[]}""", now);
}
