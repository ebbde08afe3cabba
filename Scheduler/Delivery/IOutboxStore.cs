namespace OutcomesBot.Scheduler.Delivery;

/// <summary>The durable outbox of proactive messages.</summary>
public interface IOutboxStore
{
    /// <summary>Adds the messages whose idempotency key is new; returns how many were added. The same key twice is one row.</summary>
    Task<int> EnqueueAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken);

    /// <summary>
    /// Claims up to <paramref name="limit"/> messages that are due: pending ones whose next attempt has come, and sending
    /// ones whose lease has ended (a drain that crashed). Claimed rows become Sending until <paramref name="leaseUntil"/>.
    /// </summary>
    Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(int limit, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken);

    /// <summary>Records a delivered message. False when the claim was lost (its lease ended and another drain took it).</summary>
    Task<bool> MarkSentAsync(OutboxMessage claimed, string? activityId, DateTimeOffset sentAt, CancellationToken cancellationToken);

    /// <summary>Puts a claimed message back as Pending, due at <paramref name="nextAttemptAt"/>.</summary>
    Task<bool> MarkRetryAsync(OutboxMessage claimed, DateTimeOffset nextAttemptAt, string errorCode, bool conversationRecreated, CancellationToken cancellationToken);

    /// <summary>
    /// Hands a claimed message back unsent (the drain is stopping): Pending again, due at <paramref name="dueAt"/>, and the
    /// claim does not count as an attempt. False when the claim was lost.
    /// </summary>
    Task<bool> ReleaseAsync(OutboxMessage claimed, DateTimeOffset dueAt, CancellationToken cancellationToken);

    /// <summary>Gives up on a claimed message for good.</summary>
    Task<bool> MarkFailedAsync(OutboxMessage claimed, string errorCode, CancellationToken cancellationToken);

    /// <summary>Records that the person blocked or removed the bot; the message is not retried.</summary>
    Task<bool> MarkUnreachableAsync(OutboxMessage claimed, string errorCode, CancellationToken cancellationToken);

    /// <summary>Records that a claimed message was no longer wanted when its time came; it is not sent.</summary>
    Task<bool> MarkSkippedAsync(OutboxMessage claimed, string reasonCode, CancellationToken cancellationToken);

    /// <summary>
    /// Marks the message with that key Skipped with <paramref name="reasonCode"/> if it is still Pending (its author took it
    /// back before it went). False when it is not Pending: already claimed, sent, or unknown.
    /// </summary>
    Task<bool> CancelPendingAsync(string idempotencyKey, string reasonCode, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the card of the message with that key if it is still Pending (a digest rebuilt before it goes). False when
    /// it is not Pending: already claimed, finished, or unknown.
    /// </summary>
    Task<bool> ReplacePendingCardAsync(string idempotencyKey, string cardJson, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the card of the message with that key, if it is still Pending, and makes it due at <paramref name="dueAt"/>:
    /// a note held until the post it links to was sent (decision 093). False when it is not Pending.
    /// </summary>
    Task<bool> ReplacePendingCardAsync(string idempotencyKey, string cardJson, DateTimeOffset dueAt, CancellationToken cancellationToken);

    /// <summary>
    /// Sends the message with that key, if it is still Pending, to <paramref name="channelConversationId"/> (a thread of its
    /// channel) from <paramref name="dueAt"/>: a reply held until the post that starts its thread was sent (decision 086).
    /// False when it is not Pending: already claimed, finished, or unknown.
    /// </summary>
    Task<bool> MovePendingAsync(string idempotencyKey, string channelConversationId, DateTimeOffset dueAt, CancellationToken cancellationToken);

    /// <summary>A cycle's messages counted by status.</summary>
    Task<DeliveryCounts> CountAsync(string cycleId, CancellationToken cancellationToken);

    /// <summary>The message with that idempotency key (to learn, for example, the activity id a channel post got), or null.</summary>
    Task<OutboxMessage?> FindAsync(string idempotencyKey, CancellationToken cancellationToken);

    /// <summary>When the next unfinished message (Pending, or Sending with a lease) becomes due, or null when none is left.</summary>
    Task<DateTimeOffset?> NextDueAtAsync(CancellationToken cancellationToken);
}
