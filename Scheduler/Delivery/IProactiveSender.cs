namespace OutcomesBot.Scheduler.Delivery;

/// <summary>
/// Sends one message to a person's 1:1 chat with the bot, or to a team channel when the message names one, once: retries belong to the caller. The sender looks up the
/// conversation and builds the request first, then awaits <c>waitForSlot</c> (the caller's rate limiter) right before
/// the request leaves, so the limiter counts requests when they go out. <c>cancellationToken</c> stops the lookup and
/// the wait; once the request has left it is not cancelled, so that its answer can always be recorded.
/// </summary>
public interface IProactiveSender
{
    /// <summary>Sends the message's card to its channel, or else its recipient's personal conversation, and says how it went.</summary>
    Task<SendResult> SendAsync(OutboxMessage message, Func<CancellationToken, Task> waitForSlot, CancellationToken cancellationToken);

    /// <summary>Opens the 1:1 conversation with the recipient again (after ConversationNotFound) and stores it.</summary>
    Task<SendResult> RecreateConversationAsync(OutboxMessage message, Func<CancellationToken, Task> waitForSlot, CancellationToken cancellationToken);
}
