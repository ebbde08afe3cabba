using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OutcomesBot.Bot.Protocol.Connector;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.Bot.Tests.Delivery;

/// <summary>
/// The real host with its Quartz store and a one-second drain: a message queued while an earlier send is still waiting
/// for its answer goes out within a couple of seconds. The drain used to stop claiming once a claim came back empty and
/// then wait for every send in flight, so one slow answer (up to the connector's timeout) held back everything queued after it.
/// </summary>
public sealed class DrainCadenceHostTests
{
    private const string Card = """{"type":"AdaptiveCard","version":"1.5","body":[]}""";
    private static readonly Dictionary<string, string?> Settings = new() { ["Delivery:DrainInterval"] = "00:00:01" };

    [Fact]
    public async Task A_message_queued_while_a_slow_send_is_in_flight_goes_out_within_a_few_seconds()
    {
        var token = TestContext.Current.CancellationToken;
        using var release = new SemaphoreSlim(0);
        var calls = 0;
        await using var host = new BotAppFactory(Settings, UseRecorder);
        host.Connector.BeforeSend = async cancellation =>
        {
            // The first send hangs until the test lets it go, as a connector that has not answered yet.
            if (Interlocked.Increment(ref calls) == 1)
            {
                await release.WaitAsync(TimeSpan.FromSeconds(30), cancellation);
            }
        };
        var outbox = host.Get<IOutboxStore>();
        await UpsertChatAsync(host, "29:slow", "a:slow", token);
        await UpsertChatAsync(host, "29:later", "a:later", token);

        await outbox.EnqueueAsync([OutboxMessage.Create("cadence", "29:slow", "t", "Test", Card, TimeProvider.System.GetUtcNow())], token);
        await Eventually.TrueAsync(() => Volatile.Read(ref calls) == 1, TimeSpan.FromSeconds(10));
        await outbox.EnqueueAsync([OutboxMessage.Create("cadence", "29:later", "t", "Test", Card, TimeProvider.System.GetUtcNow())], token);

        // Well inside the first send's 30 s hang, which a drain that waited for it would need; 5 s proved too tight once
        // on a loaded CI machine (the full suite runs two classes a core).
        await Eventually.TrueAsync(() => host.Connector.Sent.Any(sent => sent.ConversationId == "a:later"), TimeSpan.FromSeconds(15));
        Assert.DoesNotContain(host.Connector.Sent, sent => sent.ConversationId == "a:slow");
        release.Release();
        await Eventually.TrueAsync(() => host.Connector.Sent.Any(sent => sent.ConversationId == "a:slow"), TimeSpan.FromSeconds(10));
    }

    private static Task<bool> UpsertChatAsync(BotAppFactory host, string userId, string conversationId, CancellationToken token) =>
        host.Get<IConversationStore>().UpsertAsync(
            new ConversationReference
            {
                ConversationId = conversationId, ServiceUrl = "http://127.0.0.1:9/", Kind = ConversationKind.Personal, TenantId = "t", UserId = userId,
                UpdatedAt = TimeProvider.System.GetUtcNow(),
            },
            token);

    // Proactive sends use the keyed single-attempt client; it is pointed at the recording connector so nothing leaves the test.
    private static void UseRecorder(IServiceCollection services)
    {
        services.RemoveAllKeyed<IConnectorClient>(ConnectorServiceCollectionExtensions.SingleAttemptKey);
        services.AddKeyedSingleton<IConnectorClient>(ConnectorServiceCollectionExtensions.SingleAttemptKey, (provider, _) => provider.GetRequiredService<IConnectorClient>());
    }
}
