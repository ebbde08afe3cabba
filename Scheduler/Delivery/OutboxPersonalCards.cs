namespace OutcomesBot.Scheduler.Delivery;

/// <summary>
/// One person's card through the outbox, keyed (about, recipient, kind), so a double press or a retried turn queues one
/// message. The host's chat opener starts a 1:1 chat for these kinds when the bot has none with the person yet.
/// </summary>
public sealed class OutboxPersonalCards(IOutboxStore outbox, TimeProvider time) : IPersonalCards
{
    public static string CycleOf(string about) => "told-" + about;

    public Task SendAsync(string about, string recipientId, string tenantId, string kind, AdaptiveCard card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(card);
        var message = OutboxMessage.Create(CycleOf(about), recipientId, tenantId, kind, CardJson.Serialize(card), time.GetUtcNow());
        return outbox.EnqueueAsync([message], cancellationToken);
    }
}
