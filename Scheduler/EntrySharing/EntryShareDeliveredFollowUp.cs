using OutcomesBot.Dialogs.Exercises.Sharing;
using OutcomesBot.Dialogs.Support;
using OutcomesBot.Scheduler.Support;

namespace OutcomesBot.Scheduler.EntrySharing;

/// <summary>
/// Once a shared entry has reached its recipient's chat, the sender is told, in theirs, through the outbox (once: the
/// outbox key is the share, the sender and the kind). A share whose record is gone (the sender deleted their data) tells nobody.
/// </summary>
public sealed class EntryShareDeliveredFollowUp(IEntryShareStore store, IOutboxStore outbox, IPersonStore people, TimeProvider time) : IOutboxFollowUp
{
    public bool Handles(string kind) => kind == SupportDialog.SharedEntryKind;

    public async Task OnSentAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var prefix = OutboxSupportDelivery.CycleOf("");
        if (!message.CycleId.StartsWith(prefix, StringComparison.Ordinal)
            || await store.GetAsync(message.CycleId[prefix.Length..], cancellationToken) is not { } share)
        {
            return;
        }

        // The date the sender sent it on, by their own clock.
        var sender = await people.GetAsync(share.SenderId, cancellationToken);
        var card = CardJson.Serialize(EntryShareCards.DeliveredNamedAtSend(share, CheckInTiming.PersonZone(sender?.TimeZone)));
        await outbox.EnqueueAsync([OutboxMessage.Create(message.CycleId, share.SenderId, share.TenantId, EntryShareDialog.DeliveredKind, card, time.GetUtcNow())], cancellationToken);
    }
}
