using System.Net;
using OutcomesBot.Bot.Protocol.Activities;
using OutcomesBot.Bot.Protocol.Connector;
using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.Bot.Delivery;

/// <summary>
/// Deletes a channel post with the connector's DELETE of the activity. A client that cannot delete (the Agents
/// Playground answers 501) gets the post replaced by a short notice instead, so its content is gone either way. It runs
/// in the author's turn, so it makes one attempt (the single-attempt client): on a failure the author can press again.
/// Replacing a post's card (a round summary without a withdrawn answer) is the connector's update of the activity.
/// </summary>
public sealed partial class ConnectorChannelPostRemover(
    [FromKeyedServices(ConnectorServiceCollectionExtensions.SingleAttemptKey)] IConnectorClient connector,
    IConversationStore conversations,
    ILogger<ConnectorChannelPostRemover> logger) : IChannelPostRemover
{
    public async Task<bool> RemoveAsync(OutboxMessage sent, string tombstoneCardJson, CancellationToken cancellationToken)
    {
        if (await WhereAsync(sent, cancellationToken) is not (var serviceUrl, var conversationId, var activityId))
        {
            return false;
        }

        try
        {
            await connector.DeleteActivityAsync(serviceUrl, conversationId, activityId, cancellationToken);
            return true;
        }
        catch (ConnectorException exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }
        catch (ConnectorException exception) when (exception.StatusCode is HttpStatusCode.NotImplemented or HttpStatusCode.MethodNotAllowed)
        {
            LogCannotDelete(logger, (int)exception.StatusCode);
            await UpdateAsync(serviceUrl, conversationId, activityId, tombstoneCardJson, cancellationToken);
            return true;
        }
    }

    public async Task<bool> ReplaceAsync(OutboxMessage sent, string cardJson, CancellationToken cancellationToken)
    {
        if (await WhereAsync(sent, cancellationToken) is not (var serviceUrl, var conversationId, var activityId))
        {
            return false;
        }

        try
        {
            await UpdateAsync(serviceUrl, conversationId, activityId, cardJson, cancellationToken);
            return true;
        }
        catch (ConnectorException exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    private async Task<(string ServiceUrl, string ConversationId, string ActivityId)?> WhereAsync(OutboxMessage sent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sent);
        if (sent.SentActivityId is not { Length: > 0 } activityId
            || await conversations.GetAsync(OutboxMessage.ChannelOf(sent.ChannelConversationId ?? sent.RecipientId), cancellationToken) is not { } reference)
        {
            return null;
        }

        // A root post lives in the thread it opened: "<channel>;messageid=<its id>"; a reply lives in its thread already.
        var conversationId = sent.ChannelConversationId is { } channel && channel.Contains(";messageid=", StringComparison.Ordinal)
            ? channel
            : $"{OutboxMessage.ChannelOf(sent.ChannelConversationId ?? sent.RecipientId)};messageid={activityId}";
        return (reference.ServiceUrl, conversationId, activityId);
    }

    private async Task UpdateAsync(string serviceUrl, string conversationId, string activityId, string cardJson, CancellationToken cancellationToken)
    {
        using var card = JsonDocument.Parse(cardJson);
        var activity = new Activity { Type = ActivityTypes.Message, Id = activityId, Attachments = [Attachment.AdaptiveCard(card.RootElement.Clone())] };
        await connector.UpdateActivityAsync(serviceUrl, conversationId, activityId, activity, cancellationToken);
    }

    [LoggerMessage(EventId = 7301, Level = LogLevel.Warning, Message = "The channel answered {Status} to deleting a post; the post was replaced by a notice instead")]
    private static partial void LogCannotDelete(ILogger logger, int status);
}
