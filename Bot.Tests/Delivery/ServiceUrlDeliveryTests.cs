using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OutcomesBot.Bot.Delivery;
using OutcomesBot.Bot.Protocol;
using OutcomesBot.Bot.Protocol.Auth;
using OutcomesBot.Bot.Protocol.Connector;
using OutcomesBot.Fakes;
using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.Bot.Tests.Delivery;

/// <summary>The outbox never sends to a stored reference outside the serviceUrl allow-list, nor stores one create-conversation returns.</summary>
public sealed class ServiceUrlDeliveryTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_stored_reference_outside_the_list_fails_at_once_and_the_others_are_delivered()
    {
        await using var connector = await TeamsLimitsConnector.StartAsync(tenantLimit: 20, Token);
        await using var harness = await DeliveryHarness.CreateAsync(connector, people: 3, Token);
        var tampered = await harness.Conversations.GetAsync(DeliveryHarness.ConversationOf(1), Token);
        await harness.Conversations.UpsertAsync(tampered! with { ServiceUrl = "https://evil.example/" }, Token);
        await harness.EnqueueCycleAsync("cycle-1", 3, Token);

        await harness.Engine(new DeliveryOptions { MaxAttempts = 8 }).DrainAsync(Token);

        Assert.False(connector.DeliveredPerConversation.ContainsKey(DeliveryHarness.ConversationOf(1)));
        Assert.Equal(new DeliveryCounts(Pending: 0, Sending: 0, Sent: 2, Failed: 1, Unreachable: 0), await harness.Outbox.CountAsync("cycle-1", Token));
    }

    [Fact]
    public async Task A_serviceUrl_returned_by_create_conversation_outside_the_list_is_not_stored()
    {
        await using var connector = await TeamsLimitsConnector.StartAsync(tenantLimit: 20, Token);
        await using var harness = await DeliveryHarness.CreateAsync(connector, people: 1, Token);
        var before = await harness.Conversations.GetAsync(DeliveryHarness.ConversationOf(0), Token);
        var client = new Mock<IConnectorClient>();
        client.Setup(c => c.CreateConversationAsync(It.IsAny<string>(), It.IsAny<ConversationParameters>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ConversationResourceResponse("a:new-chat", "https://evil.example/", null));
        var sender = new ConnectorProactiveSender(
            client.Object, harness.Conversations, LocalModeAllowList(), TimeProvider.System, NullLogger<ConnectorProactiveSender>.Instance);
        var message = OutboxMessage.Create("cycle-1", DeliveryHarness.UserId(0), DeliveryHarness.Tenant, "checkin", """{"type":"AdaptiveCard","version":"1.5","body":[]}""", TimeProvider.System.GetUtcNow());

        var result = await sender.RecreateConversationAsync(message, _ => Task.CompletedTask, Token);

        Assert.Equal(SendResult.Permanent(ConnectorException.ServiceUrlNotAllowed), result);
        Assert.Equal(before, await harness.Conversations.GetAsync(DeliveryHarness.ConversationOf(0), Token));
        Assert.Null(await harness.Conversations.GetAsync("a:new-chat", Token));
    }

    private static ServiceUrlAllowList LocalModeAllowList() =>
        new(Options.Create(new BotAuthenticationOptions()), Options.Create(new BotCredentialsOptions()));
}
