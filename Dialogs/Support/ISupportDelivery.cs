using OutcomesBot.Dialogs.MyData;

namespace OutcomesBot.Dialogs.Support;

/// <summary>Sends a card to one person's 1:1 chat, proactively (through the outbox), once per request and kind.</summary>
public interface ISupportDelivery
{
    /// <summary>
    /// Queues <paramref name="card"/> for <paramref name="recipientId"/> (a Teams user id); a second call with the same
    /// request and kind queues nothing. <paramref name="writer"/> is the person whose words the card carries (null: the
    /// bot's own): their "delete my data" deletes the card if it has not gone yet.
    /// </summary>
    Task EnqueueAsync(string requestId, string recipientId, string tenantId, string kind, AdaptiveCard card, PersonIdentity? writer, CancellationToken cancellationToken);
}
