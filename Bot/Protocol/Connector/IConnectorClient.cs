using OutcomesBot.Bot.Protocol.Activities;

namespace OutcomesBot.Bot.Protocol.Connector;

/// <summary>
/// The Bot Connector REST API at an activity's serviceUrl. Transient failures (429, 412, 502, 504, other 5xx)
/// are retried inside; anything else surfaces as a <see cref="ConnectorException"/>.
/// </summary>
public interface IConnectorClient
{
    /// <summary>Posts a new activity to a conversation.</summary>
    Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken);

    /// <summary>Posts an activity as a reply to <paramref name="replyToId"/>.</summary>
    Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken);

    /// <summary>Replaces an activity the bot sent earlier (for example a card after Action.Submit).</summary>
    Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);

    /// <summary>Deletes an activity the bot sent earlier.</summary>
    Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken);

    /// <summary>Opens (or finds) the 1:1 conversation with a user who has the app installed.</summary>
    Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken);

    /// <summary>Reads one page of a conversation's members.</summary>
    Task<PagedMembersResult> GetPagedMembersAsync(string serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken);

    /// <summary>Reads one member of a conversation.</summary>
    Task<ChannelAccount> GetMemberAsync(string serviceUrl, string conversationId, string userId, CancellationToken cancellationToken);
}
