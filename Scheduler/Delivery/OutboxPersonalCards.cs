using System.Text.Json;
using System.Text.Json.Nodes;
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

    public Task HoldAsync(string about, string recipientId, string tenantId, string kind, AdaptiveCard card, TimeSpan hold, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(card);
        var now = time.GetUtcNow();
        var message = OutboxMessage.Create(CycleOf(about), recipientId, tenantId, kind, CardJson.Serialize(card), now) with { NextAttemptAt = now + hold };
        return outbox.EnqueueAsync([message], cancellationToken);
    }

    public async Task<bool> ReleaseAsync(string about, string recipientId, string kind, CardAction button, CancellationToken cancellationToken)
    {
        var key = OutboxMessage.KeyFor(CycleOf(about), recipientId, kind);
        if (await outbox.FindAsync(key, cancellationToken) is not { Status: OutboxStatus.Pending } held || JsonNode.Parse(held.CardJson) is not JsonObject card)
        {
            return false;
        }

        // The words stay as they were queued; only the button is added.
        card["actions"] = new JsonArray(JsonSerializer.SerializeToNode(button, CardJson.Options));
        return await outbox.ReplacePendingCardAsync(key, card.ToJsonString(), time.GetUtcNow(), cancellationToken);
    }

    /// <summary>Queues <paramref name="card"/> for one person's 1:1 chat, keyed (cycle, recipient, kind), stamped with its writer.</summary>
    internal static Task EnqueueAsync(IOutboxStore outbox, string cycleId, string recipientId, string tenantId, string kind, AdaptiveCard card, PersonIdentity? writer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outbox);
        ArgumentNullException.ThrowIfNull(card);
        return outbox.EnqueueAsync([OutboxMessage.Create(cycleId, recipientId, tenantId, kind, CardJson.Serialize(card), now).WrittenBy(writer)], cancellationToken);
    }
}
