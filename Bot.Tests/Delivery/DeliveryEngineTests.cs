using OutcomesBot.Fakes;
using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.Bot.Tests.Delivery;

public sealed class DeliveryEngineTests
{
    internal static DeliveryOptions Fast(int tenantRate, int maxAttempts = 8) => new()
    {
        TenantRatePerSecond = tenantRate,
        MaxAttempts = maxAttempts,
        BaseBackoff = TimeSpan.FromMilliseconds(50),
        MaxBackoff = TimeSpan.FromMilliseconds(200),
        IdlePoll = TimeSpan.FromMilliseconds(100),
        Lease = TimeSpan.FromSeconds(3),
        ClaimBatchSize = 10,
        MaxParallelSends = 4,

        // These tests check what is delivered and that the fake's limit holds; a wide slack keeps a loaded machine's
        // scheduling jitter from bunching requests (the benchmark measures the default). 200 ms still let one request
        // over the limit at load 20-30; a sender that ignored the limit would put all 60 into the first second.
        RateWindowSlack = TimeSpan.FromMilliseconds(400),
    };

    [Fact]
    public async Task Fan_out_delivers_once_to_every_reachable_person_within_the_limits()
    {
        var token = TestContext.Current.CancellationToken;
        const int People = 60;
        await using var connector = await TeamsLimitsConnector.StartAsync(tenantLimit: 20, token);
        await using var harness = await DeliveryHarness.CreateAsync(connector, People, token);
        connector.ThrottleOnce(DeliveryHarness.ConversationOf(3), retryAfterSeconds: 1);
        connector.ThrottleOnce(DeliveryHarness.ConversationOf(17), retryAfterSeconds: 1);
        connector.BadGatewayOnce(DeliveryHarness.ConversationOf(5));
        connector.BadGatewayOnce(DeliveryHarness.ConversationOf(40));
        connector.Block(DeliveryHarness.ConversationOf(7));
        connector.Block(DeliveryHarness.ConversationOf(33));
        await harness.EnqueueCycleAsync("cycle-1", People, token);

        await harness.Engine(Fast(20)).DrainAsync(token);

        var blocked = new[] { 7, 33 };
        Assert.All(Enumerable.Range(0, People).Except(blocked), person =>
            Assert.Equal(1, connector.DeliveredPerConversation.GetValueOrDefault(DeliveryHarness.ConversationOf(person))));
        Assert.All(blocked, person => Assert.False(connector.DeliveredPerConversation.ContainsKey(DeliveryHarness.ConversationOf(person))));
        Assert.True(await harness.Reachability.IsUnreachableAsync(DeliveryHarness.UserId(7), token));
        Assert.False(await harness.Reachability.IsUnreachableAsync(DeliveryHarness.UserId(8), token));
        Assert.Equal(new DeliveryCounts(Pending: 0, Sending: 0, Sent: 58, Failed: 0, Unreachable: 2), await harness.Outbox.CountAsync("cycle-1", token));
        Assert.Equal(0, connector.LimitViolations);
        Assert.InRange(connector.MaxRequestsInAnySecond(), 1, 20);
    }

    [Fact]
    public async Task Conversation_not_found_recreates_the_chat_once_and_delivers()
    {
        var token = TestContext.Current.CancellationToken;
        await using var connector = await TeamsLimitsConnector.StartAsync(tenantLimit: 50, token);
        await using var harness = await DeliveryHarness.CreateAsync(connector, 3, token);
        connector.Lose(DeliveryHarness.ConversationOf(1));
        await harness.EnqueueCycleAsync("cycle-1", 3, token);

        await harness.Engine(Fast(50)).DrainAsync(token);

        Assert.Equal(1, connector.CreatedPerUser.GetValueOrDefault(DeliveryHarness.UserId(1)));
        Assert.Equal(1, connector.DeliveredPerConversation.GetValueOrDefault(DeliveryHarness.ConversationOf(1) + "-new"));
        Assert.False(connector.DeliveredPerConversation.ContainsKey(DeliveryHarness.ConversationOf(1)));
        Assert.Equal(DeliveryHarness.ConversationOf(1) + "-new", (await harness.Conversations.FindPersonalAsync(DeliveryHarness.UserId(1), token))?.ConversationId);
        Assert.Equal(3, (await harness.Outbox.CountAsync("cycle-1", token)).Sent);
    }

    [Fact]
    public async Task Conversation_still_not_found_after_recreating_fails_without_a_second_create()
    {
        var token = TestContext.Current.CancellationToken;
        await using var connector = await TeamsLimitsConnector.StartAsync(tenantLimit: 50, token);
        await using var harness = await DeliveryHarness.CreateAsync(connector, 1, token);
        connector.Lose(DeliveryHarness.ConversationOf(0));
        connector.Lose(DeliveryHarness.ConversationOf(0) + "-new");
        await harness.EnqueueCycleAsync("cycle-1", 1, token);

        await harness.Engine(Fast(50)).DrainAsync(token);

        Assert.Equal(1, connector.CreatedPerUser.GetValueOrDefault(DeliveryHarness.UserId(0)));
        Assert.Equal(1, (await harness.Outbox.CountAsync("cycle-1", token)).Failed);
    }

    [Fact]
    public async Task Enqueueing_the_same_cycle_twice_keeps_one_row_per_recipient()
    {
        var token = TestContext.Current.CancellationToken;
        await using var connector = await TeamsLimitsConnector.StartAsync(tenantLimit: 50, token);
        await using var harness = await DeliveryHarness.CreateAsync(connector, 0, token);

        var first = await harness.EnqueueCycleAsync("cycle-1", 5, token);
        var second = await harness.EnqueueCycleAsync("cycle-1", 5, token);

        Assert.Equal((5, 0), (first, second));
        Assert.Equal(5, (await harness.Outbox.CountAsync("cycle-1", token)).Pending);
    }

    [Fact]
    public async Task Transient_failures_that_never_end_are_marked_failed_after_MaxAttempts()
    {
        var token = TestContext.Current.CancellationToken;
        await using var connector = await TeamsLimitsConnector.StartAsync(tenantLimit: 50, token);
        await using var harness = await DeliveryHarness.CreateAsync(connector, 1, token);
        await harness.EnqueueCycleAsync("cycle-1", 1, token);
        var sender = new AlwaysFailingSender();

        await harness.Engine(Fast(50, maxAttempts: 3), sender).DrainAsync(token);

        Assert.Equal(3, sender.Calls);
        Assert.Equal(1, (await harness.Outbox.CountAsync("cycle-1", token)).Failed);
    }

    private sealed class AlwaysFailingSender : IProactiveSender
    {
        private int _calls;

        public int Calls => _calls;

        public async Task<SendResult> SendAsync(OutboxMessage message, Func<CancellationToken, Task> waitForSlot, CancellationToken cancellationToken)
        {
            await waitForSlot(cancellationToken);
            Interlocked.Increment(ref _calls);
            return SendResult.Transient("504");
        }

        public Task<SendResult> RecreateConversationAsync(OutboxMessage message, Func<CancellationToken, Task> waitForSlot, CancellationToken cancellationToken) =>
            Task.FromResult(SendResult.Permanent("unused"));
    }
}
