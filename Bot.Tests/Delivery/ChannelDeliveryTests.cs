using OutcomesBot.Dialogs.People;
using OutcomesBot.Fakes;
using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.Bot.Tests.Delivery;

/// <summary>Channel posts and thread replies go through the same outbox, limits and retries as 1:1 messages.</summary>
// Slow by its time alone: 6 s for 3 tests in the last full run, in the in-process host (decision 037).
[Slow]
public sealed class ChannelDeliveryTests
{
    private const string Channel = "19:general@thread.tacv2";
    private const string Card = """{"type":"AdaptiveCard","version":"1.5","body":[]}""";

    [Fact]
    public async Task A_burst_of_channel_posts_stays_within_the_channels_limit_and_each_is_sent_once()
    {
        var token = TestContext.Current.CancellationToken;
        await using var connector = await TeamsLimitsConnector.StartAsync(tenantLimit: 50, token);
        await using var harness = await DeliveryHarness.CreateAsync(connector, people: 0, token);
        await AddChannelAsync(harness, connector, token);
        var now = TimeProvider.System.GetUtcNow();
        var posts = Enumerable.Range(0, 20).Select(i => OutboxMessage.ForChannel($"story-{i}", Channel, null, DeliveryHarness.Tenant, "story", Card, now)).ToList();
        Assert.Equal(20, await harness.Outbox.EnqueueAsync(posts, token));
        Assert.Equal(0, await harness.Outbox.EnqueueAsync(posts, token));

        // The limiter paces by when a request leaves; the fake counts when it arrives. On a loaded 2-core machine the
        // first requests can arrive 200 ms or more late and bunch up, so this test gives the window more slack than the
        // 50 ms default to judge the engine's pacing rather than the machine's scheduling.
        var options = DeliveryEngineTests.Fast(50);
        options.RateWindowSlack = TimeSpan.FromMilliseconds(600);
        await harness.Engine(options).DrainAsync(token);

        Assert.Equal(20, connector.DeliveredPerConversation[Channel]);
        Assert.Equal(0, connector.LimitViolations);
        var sent = await harness.Outbox.FindAsync(posts[0].IdempotencyKey, token);
        Assert.Equal(OutboxStatus.Sent, sent?.Status);
        Assert.False(string.IsNullOrEmpty(sent?.SentActivityId));
    }

    [Fact]
    public async Task A_thread_reply_goes_to_the_threads_conversation_and_is_retried_after_a_throttle()
    {
        var token = TestContext.Current.CancellationToken;
        await using var connector = await TeamsLimitsConnector.StartAsync(tenantLimit: 50, token);
        await using var harness = await DeliveryHarness.CreateAsync(connector, people: 0, token);
        await AddChannelAsync(harness, connector, token);
        var thread = $"{Channel};messageid=1700000000000";
        connector.ThrottleOnce(thread, retryAfterSeconds: 1);
        var reply = OutboxMessage.ForChannel("round-1", Channel, "1700000000000", DeliveryHarness.Tenant, "summary", Card, TimeProvider.System.GetUtcNow());
        await harness.Outbox.EnqueueAsync([reply], token);

        await harness.Engine(DeliveryEngineTests.Fast(50)).DrainAsync(token);

        Assert.Equal(1, connector.DeliveredPerConversation[thread]);
        Assert.False(connector.DeliveredPerConversation.ContainsKey(Channel));
        var stored = await harness.Outbox.FindAsync(reply.IdempotencyKey, token);
        Assert.Equal((OutboxStatus.Sent, 2), (stored?.Status, stored?.Attempts));
        Assert.Equal(Channel, stored?.RecipientId);
    }

    [Fact]
    public async Task A_channel_the_bot_has_no_reference_for_fails_without_retries()
    {
        var token = TestContext.Current.CancellationToken;
        await using var connector = await TeamsLimitsConnector.StartAsync(tenantLimit: 50, token);
        await using var harness = await DeliveryHarness.CreateAsync(connector, people: 0, token);
        var post = OutboxMessage.ForChannel("story-x", Channel, null, DeliveryHarness.Tenant, "story", Card, TimeProvider.System.GetUtcNow());
        await harness.Outbox.EnqueueAsync([post], token);

        await harness.Engine(DeliveryEngineTests.Fast(50)).DrainAsync(token);

        var stored = await harness.Outbox.FindAsync(post.IdempotencyKey, token);
        Assert.Equal((OutboxStatus.Failed, 1), (stored?.Status, stored?.Attempts));
        Assert.Equal(0, connector.TotalDelivered);
    }

    private static Task<bool> AddChannelAsync(DeliveryHarness harness, TeamsLimitsConnector connector, CancellationToken token) =>
        harness.Conversations.UpsertAsync(
            new ConversationReference
            {
                ConversationId = Channel,
                ServiceUrl = connector.ServiceUrl,
                Kind = ConversationKind.Channel,
                TenantId = DeliveryHarness.Tenant,
                TeamId = "team-1",
                ChannelId = Channel,
                UpdatedAt = TimeProvider.System.GetUtcNow(),
            },
            token);
}
