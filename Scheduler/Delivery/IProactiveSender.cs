namespace OutcomesBot.Scheduler.Delivery;

/// <summary>Sends one message to a person's 1:1 chat with the bot, once: retries belong to the caller.</summary>
public interface IProactiveSender
{
    /// <summary>Sends the message's card to its recipient's personal conversation and says how it went.</summary>
    Task<SendResult> SendAsync(OutboxMessage message, CancellationToken cancellationToken);

    /// <summary>Opens the 1:1 conversation with the recipient again (after ConversationNotFound) and stores it.</summary>
    Task<SendResult> RecreateConversationAsync(OutboxMessage message, CancellationToken cancellationToken);
}
