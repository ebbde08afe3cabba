namespace OutcomesBot.Scheduler.Delivery;

/// <summary>
/// Something to do once a message of a given kind has been taken by Teams, such as telling the person who caused it
/// (a shared entry reached its recipient). It runs after the message is recorded as sent, so it never delays or
/// repeats the send; a follow-up that fails is logged and the drain goes on.
/// </summary>
public interface IOutboxFollowUp
{
    /// <summary>True for the message kinds this follow-up speaks for.</summary>
    bool Handles(string kind);

    /// <summary>Acts on the sent message (for example queues a card for someone else); must be safe to run twice.</summary>
    Task OnSentAsync(OutboxMessage message, CancellationToken cancellationToken);
}
