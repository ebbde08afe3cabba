using System.Net;
using System.Text.Json;
using OutcomesBot.Bot.Protocol.Activities;
using OutcomesBot.Bot.Protocol.Connector;
using OutcomesBot.Dialogs.Conversations;
using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.Bot.Delivery;

/// <summary>
/// Deletes a channel post with the connector's DELETE of the activity. A client that cannot delete (the Agents
/// Playground answers 501) gets the post replaced by a short notice instead, so its content is gone either way. It runs
/// in the author's turn, so it makes one attempt (the single-attempt client): on a failure the author can press again.
/// </summary>
public sealed partial class ConnectorChannelPostRemover(
    [FromKeyedServices(ConnectorServiceCollectionExtensions.SingleAttemptKey)] IConnectorClient connector,
    IConversationStore conversations,
    ILogger<ConnectorChannelPostRemover> logger) : IChannelPostRemover
{
    public async Task<bool> RemoveAsync(OutboxMessage sent, string tombstoneCardJson, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sent);
        if (sent.SentActivityId is not { Length: > 0 } activityId
            || await conversations.GetAsync(OutboxMessage.ChannelOf(sent.ChannelConversationId ?? sent.RecipientId), cancellationToken) is not { } reference)
        {
            return false;
        }

        // A root post lives in the thread it opened: "<channel>;messageid=<its id>".
        var conversationId = sent.ChannelConversationId is { } channel && channel.Contains(";messageid=", StringComparison.Ordinal)
            ? channel
            : $"{OutboxMessage.ChannelOf(sent.ChannelConversationId ?? sent.RecipientId)};messageid={activityId}";
        try
        {
            await connector.DeleteActivityAsync(reference.ServiceUrl, conversationId, activityId, cancellationToken);
            return true;
        }
        catch (ConnectorException exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }
        catch (ConnectorException exception) when (exception.StatusCode is HttpStatusCode.NotImplemented or HttpStatusCode.MethodNotAllowed)
        {
            LogCannotDelete(logger, (int)exception.StatusCode);
            using var card = JsonDocument.Parse(tombstoneCardJson);
            var activity = new Activity { Type = ActivityTypes.Message, Id = activityId, Attachments = [Attachment.AdaptiveCard(card.RootElement.Clone())] };
            await connector.UpdateActivityAsync(reference.ServiceUrl, conversationId, activityId, activity, cancellationToken);
            return true;
        }
    }

    [LoggerMessage(EventId = 7301, Level = LogLevel.Warning, Message = "The channel answered {Status} to deleting a post; the post was replaced by a notice instead")]
    private static partial void LogCannotDelete(ILogger logger, int status);
}
