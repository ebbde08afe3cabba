namespace OutcomesBot.Scheduler.Delivery;

/// <summary>Takes down a channel message the bot posted from the outbox, when its author asks.</summary>
public interface IChannelPostRemover
{
    /// <summary>
    /// Deletes the message <paramref name="sent"/> became (its <see cref="OutboxMessage.SentActivityId"/>); where the channel
    /// cannot delete, replaces it with <paramref name="tombstoneCardJson"/> so that nothing of it stays. False when the
    /// message is gone already.
    /// </summary>
    Task<bool> RemoveAsync(OutboxMessage sent, string tombstoneCardJson, CancellationToken cancellationToken);

    /// <summary>Replaces the card of the message <paramref name="sent"/> became with <paramref name="cardJson"/>; false when it is gone.</summary>
    Task<bool> ReplaceAsync(OutboxMessage sent, string cardJson, CancellationToken cancellationToken);
}
