using OutcomesBot.Dialogs.MyData;

namespace OutcomesBot.Scheduler.Delivery;

/// <summary>
/// One proactive message to one person in one cycle. <see cref="IdempotencyKey"/> (cycle, recipient, kind) makes
/// enqueueing repeatable. While <see cref="OutboxStatus.Sending"/>, <see cref="NextAttemptAt"/> is when the
/// claim's lease ends and another drain may take the row again. <see cref="LastErrorCode"/> holds a code, never text.
/// </summary>
public sealed record OutboxMessage
{
    public required string OutboxId { get; init; }
    public required string CycleId { get; init; }
    public required string RecipientId { get; init; }
    public required string TenantId { get; init; }
    public required string Kind { get; init; }
    public required string CardJson { get; init; }
    public OutboxStatus Status { get; init; } = OutboxStatus.Pending;
    public int Attempts { get; init; }
    public DateTimeOffset NextAttemptAt { get; init; }
    public string? LastErrorCode { get; init; }
    public bool ConversationRecreated { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? SentAt { get; init; }
    public string? SentActivityId { get; init; }

    /// <summary>
    /// Set for a post in a team channel instead of a person's 1:1 chat: the channel's conversation id, ending in
    /// <c>;messageid=&lt;root activity id&gt;</c> for a reply in that thread. <see cref="RecipientId"/> is then the
    /// channel's own id, so that the per-conversation rate limit counts the whole channel.
    /// </summary>
    public string? ChannelConversationId { get; init; }

    /// <summary>Set by a claim; a write that does not carry the current claim token is ignored.</summary>
    public string? ClaimToken { get; init; }

    /// <summary>
    /// The Teams user id of the person whose words the card carries to someone else (a support request, an entry, a story,
    /// a leader's response), or whom it names to others (a champion who came back, decision 090), or null for the bot's own
    /// words. While the message waits, that person's "delete my data" deletes it unsent (decision 051); a finished message
    /// forgets it, with its card.
    /// </summary>
    public string? WriterId { get; init; }

    /// <summary>The AAD object id of the same person (<see cref="WriterId"/>), when known.</summary>
    public string? WriterAadObjectId { get; init; }

    public string IdempotencyKey => KeyFor(CycleId, RecipientId, Kind);

    public static string KeyFor(string cycleId, string recipientId, string kind) => $"{cycleId}|{recipientId}|{kind}";

    public static OutboxMessage Create(string cycleId, string recipientId, string tenantId, string kind, string cardJson, DateTimeOffset now) => new()
    {
        OutboxId = Guid.CreateVersion7(now).ToString("N"),
        CycleId = cycleId,
        RecipientId = recipientId,
        TenantId = tenantId,
        Kind = kind,
        CardJson = cardJson,
        NextAttemptAt = now,
        CreatedAt = now,
    };

    /// <summary>The message, stamped with the person whose words its card carries (<see cref="WriterId"/>); null leaves it unstamped.</summary>
    public OutboxMessage WrittenBy(PersonIdentity? writer) => writer is null ? this : this with
    {
        WriterId = string.IsNullOrWhiteSpace(writer.TeamsUserId) ? null : writer.TeamsUserId,
        WriterAadObjectId = string.IsNullOrWhiteSpace(writer.AadObjectId) ? null : writer.AadObjectId,
    };

    /// <summary>A message for a channel: a new post, or a reply in the thread of <paramref name="threadRootId"/> when given.</summary>
    public static OutboxMessage ForChannel(string cycleId, string channelId, string? threadRootId, string tenantId, string kind, string cardJson, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        return Create(cycleId, ChannelOf(channelId), tenantId, kind, cardJson, now) with { ChannelConversationId = ThreadOf(channelId, threadRootId) };
    }

    /// <summary>The conversation id of the thread of <paramref name="threadRootId"/> in the channel; the channel's own without one.</summary>
    public static string ThreadOf(string channelId, string? threadRootId)
    {
        var baseId = ChannelOf(channelId);
        return string.IsNullOrEmpty(threadRootId) ? baseId : $"{baseId};messageid={threadRootId}";
    }

    /// <summary>The channel's own id: a thread's conversation id without its <c>;messageid=</c> part.</summary>
    public static string ChannelOf(string conversationId)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        var cut = conversationId.IndexOf(';', StringComparison.Ordinal);
        return cut < 0 ? conversationId : conversationId[..cut];
    }
}
