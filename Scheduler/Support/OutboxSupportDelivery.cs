using OutcomesBot.Dialogs.MyData;
using OutcomesBot.Dialogs.Support;

namespace OutcomesBot.Scheduler.Support;

/// <summary>
/// Person-to-person cards (a support request, "it was seen", a shared learning-log entry) go to one person's 1:1 chat
/// through the delivery outbox, so the engine's limits and retries apply; the key (request, recipient, kind) makes a
/// double press or a retried turn queue one message.
/// </summary>
public sealed class OutboxSupportDelivery(IOutboxStore outbox, TimeProvider time) : ISupportDelivery
{
    public static string CycleOf(string requestId) => "support-" + requestId;

    public Task EnqueueAsync(string requestId, string recipientId, string tenantId, string kind, AdaptiveCard card, PersonIdentity? writer, CancellationToken cancellationToken) =>
        OutboxPersonalCards.EnqueueAsync(outbox, CycleOf(requestId), recipientId, tenantId, kind, card, writer, time.GetUtcNow(), cancellationToken);
}
