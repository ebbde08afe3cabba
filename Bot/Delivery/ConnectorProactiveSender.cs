using System.Globalization;
using System.Net;
using OutcomesBot.Bot.Protocol.Activities;
using OutcomesBot.Bot.Protocol.Auth;
using OutcomesBot.Bot.Protocol.Connector;
using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.Bot.Delivery;

/// <summary>
/// Sends an outbox card to a person's stored 1:1 conversation, or to a team channel (a new post or a thread reply), through the single-attempt connector client, and turns
/// the connector's answer into a <see cref="SendResult"/> the delivery engine can act on.
/// </summary>
public sealed partial class ConnectorProactiveSender(
    [FromKeyedServices(ConnectorServiceCollectionExtensions.SingleAttemptKey)] IConnectorClient connector,
    IConversationStore conversations,
    ServiceUrlAllowList allowedServiceUrls,
    TimeProvider timeProvider,
    ILogger<ConnectorProactiveSender> logger,
    PersonalChatOpener? chatOpener = null) : IProactiveSender
{
    private const string NoConversation = "NoConversation";

    public async Task<SendResult> SendAsync(OutboxMessage message, Func<CancellationToken, Task> waitForSlot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(waitForSlot);
        ArgumentNullException.ThrowIfNull(message);
        var reference = message.ChannelConversationId is { } channel
            ? await conversations.GetAsync(OutboxMessage.ChannelOf(channel), cancellationToken)
            : await conversations.FindPersonalAsync(message.RecipientId, cancellationToken);
        if (reference is null && chatOpener is not null && PersonalChatOpener.Opens(message))
        {
            try
            {
                reference = await chatOpener.OpenAsync(message, cancellationToken);
            }
            catch (ConnectorException exception)
            {
                return Classify(exception);
            }
        }

        if (reference is null)
        {
            return SendResult.Permanent(NoConversation);
        }

        // The person removed the app from this chat: not sent, and the engine marks them unreachable until they add it back.
        if (message.ChannelConversationId is null && !reference.IsInstalled)
        {
            return SendResult.Blocked(UnreachableReasons.Uninstalled);
        }

        // The outbox id goes out as the client's activity id, the same on every attempt of this message, so that a
        // connector that honours client ids can drop a resend after a crash (decision 015). Teams ignores it.
        var activity = new Activity
        {
            Id = message.OutboxId,
            Type = ActivityTypes.Message,
            Attachments = [Attachment.AdaptiveCard(ParseCard(message.CardJson))],
        };
        await waitForSlot(cancellationToken);
        try
        {
            // A thread reply goes to "<channel>;messageid=<root>", the conversation id Teams gives a channel thread.
            var target = message.ChannelConversationId ?? reference.ConversationId;
            var response = await connector.SendToConversationAsync(reference.ServiceUrl, target, activity, CancellationToken.None);
            return SendResult.Sent(response.Id);
        }
        catch (ConnectorException exception)
        {
            var result = Classify(exception);

            // Refused as blocked: the 1:1 chat is recorded removed too, so the person's next message there (after an
            // unblock, which Teams does not announce) is seen by the turn's own upsert and brings them back (decision 079).
            if (result.Kind == SendResultKind.Blocked && message.ChannelConversationId is null)
            {
                await conversations.MarkUninstalledAsync(reference.ConversationId, timeProvider.GetUtcNow(), CancellationToken.None);
            }

            // A channel cannot be reopened the way a 1:1 chat can: a lost channel (the app was removed) is final.
            return result.Kind == SendResultKind.ConversationNotFound && message.ChannelConversationId is not null
                ? SendResult.Permanent("ChannelNotFound")
                : result;
        }
    }

    public async Task<SendResult> RecreateConversationAsync(OutboxMessage message, Func<CancellationToken, Task> waitForSlot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(waitForSlot);
        ArgumentNullException.ThrowIfNull(message);
        var reference = await conversations.FindPersonalAsync(message.RecipientId, cancellationToken);
        if (reference is null)
        {
            return SendResult.Permanent(NoConversation);
        }

        var tenantId = reference.TenantId ?? message.TenantId;
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount { Id = reference.BotId, Name = reference.BotName },
            Members = [new ChannelAccount { Id = message.RecipientId }],
            TenantId = tenantId,
            ChannelData = new TeamsChannelData { Tenant = new TeamsIdentity { Id = tenantId } },
        };
        await waitForSlot(cancellationToken);
        try
        {
            var created = await connector.CreateConversationAsync(reference.ServiceUrl, parameters, CancellationToken.None);
            if (created.ServiceUrl is { } returned && !allowedServiceUrls.Allows(returned))
            {
                // Never stored, so no later send can go there; the old reference stays as it was.
                LogReturnedServiceUrlRefused(logger, LoggedValue.Cut(HostOf(returned)));
                return SendResult.Permanent(ConnectorException.ServiceUrlNotAllowed);
            }

            await conversations.UpsertAsync(
                reference with { ConversationId = created.Id, ServiceUrl = created.ServiceUrl ?? reference.ServiceUrl, IsInstalled = true, UpdatedAt = timeProvider.GetUtcNow() },
                CancellationToken.None);
            return SendResult.Sent(created.ActivityId);
        }
        catch (ConnectorException exception)
        {
            return Classify(exception);
        }
    }

    // Maps a failed connector call to what the engine does next: wait, back off, stop, or recreate the chat.
    private static SendResult Classify(ConnectorException exception)
    {
        var status = exception.StatusCode;
        var code = status == 0 ? "NoAnswer" : ((int)status).ToString(CultureInfo.InvariantCulture);
        return exception switch
        {
            { IsServiceUrlRefused: true } => SendResult.Permanent(ConnectorException.ServiceUrlNotAllowed),
            { IsUserBlocked: true } => SendResult.Blocked(exception.SubCode ?? exception.ErrorCode ?? code),
            { IsConversationNotFound: true } => SendResult.ConversationNotFound(),
            _ when status == HttpStatusCode.TooManyRequests => SendResult.Throttled(exception.RetryAfter),
            _ when status == 0 || ConnectorRetryPipeline.IsTransient(status) => SendResult.Transient(code),
            _ => SendResult.Permanent(exception.ErrorCode ?? code),
        };
    }

    private static string HostOf(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : "(not a URL)";

    [LoggerMessage(EventId = 6130, Level = LogLevel.Warning,
        Message = "Create-conversation returned a serviceUrl on host {Host}, outside BotAuthentication:AllowedServiceUrls; not stored, nothing sent")]
    private static partial void LogReturnedServiceUrlRefused(ILogger logger, string? host);

    private static JsonElement ParseCard(string cardJson)
    {
        using var document = JsonDocument.Parse(cardJson);
        return document.RootElement.Clone();
    }
}
