using OutcomesBot.Dialogs.MyData;

namespace OutcomesBot.Scheduler.Delivery;

/// <summary>
/// One person's card through the outbox, keyed (about, recipient, kind), so a double press or a retried turn queues one
/// message. The host's chat opener starts a 1:1 chat for these kinds when the bot has none with the person yet.
/// </summary>
public sealed class OutboxPersonalCards(IOutboxStore outbox, TimeProvider time) : IPersonalCards
{
    public static string CycleOf(string about) => "told-" + about;

    public Task SendAsync(string about, string recipientId, string tenantId, string kind, AdaptiveCard card, PersonIdentity? writer, CancellationToken cancellationToken) =>
        EnqueueAsync(outbox, CycleOf(about), recipientId, tenantId, kind, card, writer, time.GetUtcNow(), cancellationToken);

    /// <summary>Queues <paramref name="card"/> for one person's 1:1 chat, keyed (cycle, recipient, kind), stamped with its writer.</summary>
    internal static Task EnqueueAsync(IOutboxStore outbox, string cycleId, string recipientId, string tenantId, string kind, AdaptiveCard card, PersonIdentity? writer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outbox);
        ArgumentNullException.ThrowIfNull(card);
        return outbox.EnqueueAsync([OutboxMessage.Create(cycleId, recipientId, tenantId, kind, CardJson.Serialize(card), now).WrittenBy(writer)], cancellationToken);
    }
}
