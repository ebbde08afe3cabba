using Azure.Data.Tables;
using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.Bot.Storage.AzureTables;

/// <summary>
/// The outbox in Azure Tables (rows in <see cref="AzureOutboxRows"/>). A claim replaces the message If-Match the ETag it
/// read and moves its due row in the same transaction, so two drains can never both claim it; every later write checks
/// the claim token as SQLite does. One cycle's counts are one partition read.
/// </summary>
public sealed class AzureOutboxStore(AzureTableSet tables) : AzureTableStore(tables, TableName), IOutboxStore
{
    public const string TableName = "outbox";
    private const int MaxAttempts = 20;

    public async Task<int> EnqueueAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var added = 0;
        foreach (var cycle in messages.GroupBy(message => message.CycleId, StringComparer.Ordinal))
        {
            var fresh = cycle.Select(message => message with { Status = OutboxStatus.Pending, Attempts = 0, ClaimToken = null })
                .DistinctBy(AzureOutboxRows.MessageKey, StringComparer.Ordinal).ToList();
            foreach (var chunk in fresh.Chunk(50))
            {
                added += await EnqueueChunkAsync(chunk, cancellationToken);
            }

            // After the messages, so that a drain that finds the cycle empty and removes this row (If-Match) cannot hide them.
            await Table.UpsertAsync(new TableEntity(AzureOutboxRows.OpenPartition, AzureKeys.Escape(cycle.Key)), cancellationToken);
        }

        return added;
    }

    public async Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(int limit, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        var token = Guid.NewGuid().ToString("N");
        var candidates = new List<TableEntity>();
        foreach (var open in await Table.QueryAsync(AzureFilters.Partition(AzureOutboxRows.OpenPartition), cancellationToken))
        {
            var partition = AzureOutboxRows.PartitionOfOpenRow(open.RowKey);
            var due = await Table.QueryAsync(
                AzureFilters.PrefixRange(partition, AzureOutboxRows.DuePrefix, AzureOutboxRows.DueAfter(now)), cancellationToken, limit);
            candidates.AddRange(due);
            if (due.Count == 0)
            {
                await ForgetIfEmptyAsync(open, partition, cancellationToken);
            }
        }

        var claimed = new List<OutboxMessage>();
        foreach (var due in candidates.OrderBy(entity => entity.RowKey, StringComparer.Ordinal).Take(limit))
        {
            var stored = await Table.GetAsync(due.PartitionKey, due.GetString(AzureOutboxRows.MessageKeyProperty), cancellationToken);
            if (stored is null || AzureOutboxRows.DueKeyOf(stored) != due.RowKey)
            {
                // A due row whose message is gone (deleted with its writer's data, decision 051) or no longer points at it:
                // nothing will ever be sent from it, so it goes (If-Match, so a row just written again stays).
                await Table.TryAsync(AzureWrite.Delete(due), cancellationToken);
                continue;
            }

            if (AzureOutboxRows.TryRead(stored) is not { } message)
            {
                // A row nobody can read is failed here, once, instead of breaking every claim after it.
                await Table.TryBatchAsync(AzureOutboxRows.FailUnreadable(stored), cancellationToken);
                continue;
            }

            var next = message with { Status = OutboxStatus.Sending, Attempts = message.Attempts + 1, NextAttemptAt = leaseUntil, ClaimToken = token };

            // A 412 means another drain claimed it (or it was marked) since the read: not ours.
            if (await Table.TryBatchAsync(AzureOutboxRows.Transition(stored, next), cancellationToken))
            {
                claimed.Add(next);
            }
        }

        return claimed;
    }

    public Task<bool> MarkSentAsync(OutboxMessage claimed, string? activityId, DateTimeOffset sentAt, CancellationToken cancellationToken) =>
        UpdateClaimedAsync(claimed, message => message with { Status = OutboxStatus.Sent, SentAt = sentAt, SentActivityId = activityId, LastErrorCode = null }, cancellationToken);

    public Task<bool> MarkRetryAsync(OutboxMessage claimed, DateTimeOffset nextAttemptAt, string errorCode, bool conversationRecreated, CancellationToken cancellationToken) =>
        UpdateClaimedAsync(claimed, message => message with
        {
            Status = OutboxStatus.Pending, NextAttemptAt = nextAttemptAt, LastErrorCode = errorCode, ConversationRecreated = conversationRecreated,
        }, cancellationToken);

    public Task<bool> ReleaseAsync(OutboxMessage claimed, DateTimeOffset dueAt, CancellationToken cancellationToken) =>
        UpdateClaimedAsync(claimed, message => message with
        {
            Status = OutboxStatus.Pending, NextAttemptAt = dueAt, Attempts = Math.Max(message.Attempts - 1, 0), ConversationRecreated = claimed.ConversationRecreated,
        }, cancellationToken);

    public Task<bool> MarkFailedAsync(OutboxMessage claimed, string errorCode, CancellationToken cancellationToken) =>
        UpdateClaimedAsync(claimed, message => message with { Status = OutboxStatus.Failed, LastErrorCode = errorCode }, cancellationToken);

    public Task<bool> MarkUnreachableAsync(OutboxMessage claimed, string errorCode, CancellationToken cancellationToken) =>
        UpdateClaimedAsync(claimed, message => message with { Status = OutboxStatus.Unreachable, LastErrorCode = errorCode }, cancellationToken);

    public async Task<OutboxMessage?> FindAsync(string idempotencyKey, CancellationToken cancellationToken) =>
        await FindEntityAsync(idempotencyKey, cancellationToken) is { } stored ? AzureData.Read<OutboxMessage>(stored) : null;

    public Task<bool> CancelPendingAsync(string idempotencyKey, string reasonCode, CancellationToken cancellationToken) =>
        ChangePendingAsync(idempotencyKey, message => message with { Status = OutboxStatus.Skipped, LastErrorCode = reasonCode }, cancellationToken);

    public Task<bool> ReplacePendingCardAsync(string idempotencyKey, string cardJson, CancellationToken cancellationToken) =>
        ChangePendingAsync(idempotencyKey, message => message with { CardJson = cardJson }, cancellationToken);

    public Task<bool> ReplacePendingCardAsync(string idempotencyKey, string cardJson, DateTimeOffset dueAt, CancellationToken cancellationToken) =>
        ChangePendingAsync(idempotencyKey, message => message with { CardJson = cardJson, NextAttemptAt = dueAt }, cancellationToken);

    public Task<bool> MovePendingAsync(string idempotencyKey, string channelConversationId, DateTimeOffset dueAt, CancellationToken cancellationToken) =>
        ChangePendingAsync(idempotencyKey, message => message with { ChannelConversationId = channelConversationId, NextAttemptAt = dueAt }, cancellationToken);

    /// <summary>Changes the message with that key with <paramref name="change"/> if it is still Pending; false when it is not.</summary>
    internal async Task<bool> ChangePendingAsync(string idempotencyKey, Func<OutboxMessage, OutboxMessage> change, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var stored = await FindEntityAsync(idempotencyKey, cancellationToken);
            var message = stored is null ? null : AzureData.Read<OutboxMessage>(stored);
            if (stored is null || message is not { Status: OutboxStatus.Pending })
            {
                return false;
            }

            if (await Table.TryBatchAsync(AzureOutboxRows.Transition(stored, change(message)), cancellationToken))
            {
                return true;
            }
        }

        throw new AzureConcurrencyException(TableName, MaxAttempts);
    }

    private async Task<TableEntity?> FindEntityAsync(string idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(idempotencyKey);

        // The key is cycle|recipient|kind; recipient and kind never hold '|', a cycle id may.
        var parts = idempotencyKey.Split('|');
        if (parts.Length < 3)
        {
            return null;
        }

        var cycleId = string.Join('|', parts[..^2]);
        var probe = new OutboxMessage { OutboxId = "", CycleId = cycleId, RecipientId = parts[^2], TenantId = "", Kind = parts[^1], CardJson = "" };
        return await Table.GetAsync(AzureOutboxRows.Partition(cycleId), AzureOutboxRows.MessageKey(probe), cancellationToken);
    }

    public Task<bool> MarkSkippedAsync(OutboxMessage claimed, string reasonCode, CancellationToken cancellationToken) =>
        UpdateClaimedAsync(claimed, message => message with { Status = OutboxStatus.Skipped, LastErrorCode = reasonCode }, cancellationToken);

    public async Task<DeliveryCounts> CountAsync(string cycleId, CancellationToken cancellationToken)
    {
        var rows = await Table.RangeAsync(AzureOutboxRows.Partition(cycleId), AzureOutboxRows.MessagePrefix, cancellationToken, columns: [AzureOutboxRows.StatusProperty]);
        return DeliveryCounts.From(rows
            .GroupBy(row => Enum.Parse<OutboxStatus>(row.GetString(AzureOutboxRows.StatusProperty)))
            .ToDictionary(group => group.Key, group => group.Count()));
    }

    public async Task<DateTimeOffset?> NextDueAtAsync(CancellationToken cancellationToken)
    {
        DateTimeOffset? next = null;
        foreach (var open in await Table.QueryAsync(AzureFilters.Partition(AzureOutboxRows.OpenPartition), cancellationToken))
        {
            var first = await Table.RangeAsync(AzureOutboxRows.PartitionOfOpenRow(open.RowKey), AzureOutboxRows.DuePrefix, cancellationToken, take: 1);
            if (first.Count > 0 && (next is null || AzureOutboxRows.DueTime(first[0].RowKey) < next))
            {
                next = AzureOutboxRows.DueTime(first[0].RowKey);
            }
        }

        return next;
    }

    private async Task<int> EnqueueChunkAsync(OutboxMessage[] messages, CancellationToken cancellationToken)
    {
        var batch = new List<TableTransactionAction>();
        foreach (var message in messages)
        {
            batch.Add(AzureWrite.Insert(AzureOutboxRows.Message(message)));
            batch.Add(AzureWrite.Insert(AzureOutboxRows.Due(message)));
        }

        if (await Table.TryBatchAsync(batch, cancellationToken))
        {
            return messages.Length;
        }

        // Some key was there already (a repeated enqueue): one message at a time, skipping the ones stored.
        var added = 0;
        foreach (var message in messages)
        {
            var single = new List<TableTransactionAction> { AzureWrite.Insert(AzureOutboxRows.Message(message)), AzureWrite.Insert(AzureOutboxRows.Due(message)) };
            added += await Table.TryBatchAsync(single, cancellationToken) ? 1 : 0;
        }

        return added;
    }

    private async Task<bool> UpdateClaimedAsync(OutboxMessage claimed, Func<OutboxMessage, OutboxMessage> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claimed);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var stored = await Table.GetAsync(AzureOutboxRows.Partition(claimed.CycleId), AzureOutboxRows.MessageKey(claimed), cancellationToken);
            var message = stored is null ? null : AzureData.Read<OutboxMessage>(stored);
            if (stored is null || message is null || message.Status != OutboxStatus.Sending || message.ClaimToken != claimed.ClaimToken)
            {
                return false;
            }

            if (await Table.TryBatchAsync(AzureOutboxRows.Transition(stored, change(message) with { ClaimToken = null }), cancellationToken))
            {
                return true;
            }
        }

        throw new AzureConcurrencyException(TableName, MaxAttempts);
    }

    private async Task ForgetIfEmptyAsync(TableEntity open, string partition, CancellationToken cancellationToken)
    {
        var any = await Table.RangeAsync(partition, AzureOutboxRows.DuePrefix, cancellationToken, take: 1);
        if (any.Count == 0)
        {
            // If-Match: an enqueue that touched the row since we listed it wins, and the row stays.
            await Table.TryAsync(AzureWrite.Delete(open), cancellationToken);
        }
    }
}
