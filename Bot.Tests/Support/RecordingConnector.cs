using System.Collections.Concurrent;
using OutcomesBot.Bot.Protocol.Activities;
using OutcomesBot.Bot.Protocol.Connector;

namespace OutcomesBot.Bot.Tests.Support;

/// <summary>A connector port fake that records what the bot sends; the end-to-end tests use the real connector.</summary>
public sealed class RecordingConnector : IConnectorClient
{
    private int _nextId;

    public ConcurrentQueue<SentActivity> Sent { get; } = new();

    /// <summary>When set, runs before every send (to block, fail or slow a turn).</summary>
    public Func<CancellationToken, Task>? BeforeSend { get; set; }

    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        RecordAsync("send", conversationId, null, activity, cancellationToken);

    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken) =>
        RecordAsync("reply", conversationId, replyToId, activity, cancellationToken);

    public Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        RecordAsync("update", conversationId, activityId, activity, cancellationToken);

    /// <summary>Deletes are recorded as "delete" with the activity id as the target and an empty activity.</summary>
    public Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) =>
        RecordAsync("delete", conversationId, activityId, new Activity { Type = "delete" }, cancellationToken);

    /// <summary>The 1:1 chats the bot asked Teams to open, in order.</summary>
    public ConcurrentQueue<ConversationParameters> Created { get; } = new();

    /// <summary>When true, create-conversation fails as Teams does for a person without the app (403).</summary>
    public bool RefuseCreateConversation { get; set; }

    /// <summary>Opens "personal-&lt;member id&gt;" (the same chat for the same person, as Teams does).</summary>
    public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (RefuseCreateConversation)
        {
            throw new ConnectorException(System.Net.HttpStatusCode.Forbidden, "BotNotInConversationRoster", "The bot is not part of the conversation roster.");
        }

        Created.Enqueue(parameters);
        return Task.FromResult(new ConversationResourceResponse($"personal-{parameters.Members[0].Id}", serviceUrl, null));
    }

    /// <summary>The conversation's members as the connector lists them (any conversation), two to a page.</summary>
    public List<ChannelAccount> Members { get; } = [];

    public Task<PagedMembersResult> GetPagedMembersAsync(string serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        var skip = int.TryParse(continuationToken, out var start) ? start : 0;
        var page = Members.Skip(skip).Take(2).ToList();
        return Task.FromResult(new PagedMembersResult(page, skip + 2 < Members.Count ? (skip + 2).ToString(System.Globalization.CultureInfo.InvariantCulture) : null));
    }

    public Task<ChannelAccount> GetMemberAsync(string serviceUrl, string conversationId, string userId, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The bot does not read members yet.");

    /// <summary>
    /// When set, every send, reply or update to this conversation fails as Teams answers once the person blocked or
    /// removed the app (403 ConversationBlockedByUser), and nothing is recorded; other conversations are unaffected.
    /// </summary>
    public string? RefuseSendsTo { get; set; }

    private async Task<ResourceResponse> RecordAsync(string operation, string conversationId, string? targetId, Activity activity, CancellationToken cancellationToken)
    {
        if (BeforeSend is { } before)
        {
            await before(cancellationToken);
        }

        if (operation != "delete" && string.Equals(conversationId, RefuseSendsTo, StringComparison.Ordinal))
        {
            throw new ConnectorException(System.Net.HttpStatusCode.Forbidden, "ConversationBlockedByUser", "User blocked the conversation with the bot.");
        }

        Sent.Enqueue(new SentActivity(operation, conversationId, targetId, activity));
        return new ResourceResponse($"bot-activity-{Interlocked.Increment(ref _nextId)}");
    }
}
