using Azure.Data.Tables;
using OutcomesBot.Bot.Storage.AzureTables.PersonalData;
using OutcomesBot.Scheduler.CheckIns;

namespace OutcomesBot.Bot.Storage.AzureTables;

/// <summary>
/// Team check-in deliveries in Azure Tables. A cycle's deliveries share partition <c>c|{cycle}</c>, one row per person
/// (point reads, and a cycle's rows inserted in entity group transactions). Pointer rows in <c>open</c>,
/// <c>{closes ticks}|{cycle}</c>, let the reminder scan read only cycles still open; it leaves out who answered by one
/// keys-only read of the cycle's answers in the team's copy (<see cref="AzureCheckInStore.AnsweredAsync"/>, decision
/// 065). (The <c>team|{team}</c> pointers that found a team's latest cycle are no longer written, decision 054; old ones
/// go with retention.) Counting a reminder replaces the row If-Match the ETag read; a loser re-reads, sees the new count
/// and gets false; a scan's reminders are counted together (<see cref="CountRemindersAsync"/>).
/// </summary>
public sealed class AzureCheckInDeliveryStore(AzureTableSet tables, TimeProvider time) : AzureTableStore(tables, TableName), ICheckInDeliveryStore
{
    public const string TableName = "checkindeliveries";
    private const string OpenPartition = "open";
    private const int BatchSize = 100;
    private const int CountOneByOneBelow = 10;
    private const string DeliverTicks = "DeliverAtTicks";
    private const string ClosesTicks = "ClosesAtTicks";

    public async Task<int> AddAsync(IReadOnlyList<CheckInDelivery> deliveries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deliveries);
        var now = time.GetUtcNow();
        var added = 0;
        foreach (var cycle in deliveries.DistinctBy(delivery => (delivery.CycleId, delivery.PersonId)).GroupBy(delivery => delivery.CycleId, StringComparer.Ordinal))
        {
            // The open pointer goes first: a pointer whose rows never arrived costs the scan one empty read, while rows
            // without their pointer would never be reminded.
            foreach (var delivery in cycle.DistinctBy(delivery => delivery.ClosesAt))
            {
                await Table.UpsertAsync(Pointer(OpenPartition, AzureKeys.Time(delivery.ClosesAt), delivery), cancellationToken);
            }

            foreach (var chunk in cycle.Chunk(BatchSize))
            {
                added += await InsertAsync(chunk, now, cancellationToken);
            }
        }

        return added;
    }

    public async Task<CheckInDelivery?> GetAsync(string cycleId, string personId, CancellationToken cancellationToken) =>
        await Table.GetAsync(CycleKey(cycleId), AzureKeys.Escape(personId), cancellationToken) is { } entity ? AzureData.Read<StoredDelivery>(entity).Delivery : null;

    public async Task<IReadOnlyList<CheckInDelivery>> ListAwaitingReminderAsync(DateTimeOffset now, int maxReminders, CancellationToken cancellationToken)
    {
        // Cycles closing after now: row keys from the next tick on.
        var open = await Table.QueryAsync(AzureFilters.And(
            AzureFilters.Partition(OpenPartition),
            AzureFilters.Compare("RowKey", "ge", AzureKeys.Time(now.AddTicks(1)))), cancellationToken);
        var due = AzureFilters.And(
            AzureFilters.And(
                AzureFilters.Compare(nameof(CheckInDelivery.Skipped), "eq", false),
                AzureFilters.Compare(ClosesTicks, "gt", now.UtcTicks)),
            AzureFilters.And(
                AzureFilters.Compare(DeliverTicks, "le", now.UtcTicks),
                AzureFilters.Compare(nameof(CheckInDelivery.RemindersSent), "lt", maxReminders)));
        var found = new List<CheckInDelivery>();
        foreach (var cycleId in open.Select(CycleOf).Distinct(StringComparer.Ordinal))
        {
            var rows = (await Table.QueryAsync(AzureFilters.And(AzureFilters.Partition(CycleKey(cycleId)), due), cancellationToken))
                .Select(entity => AzureData.Read<StoredDelivery>(entity).Delivery).ToList();
            if (rows is [var first, ..])
            {
                var answered = await AzureCheckInStore.AnsweredAsync(Table.Sibling(AzureCheckInStore.TableName), first.TeamId, cycleId, cancellationToken);
                found.AddRange(rows.Where(delivery => !answered.Contains(AzureKeys.Escape(delivery.PersonId))));
            }
        }

        return found.OrderBy(delivery => delivery.DeliverAt).ThenBy(delivery => delivery.PersonId, StringComparer.Ordinal).ToList();
    }

    public Task<bool> TryCountReminderAsync(string cycleId, string personId, int alreadySent, CancellationToken cancellationToken) =>
        ChangeAsync(cycleId, personId, delivery => delivery.Skipped || delivery.RemindersSent != alreadySent ? null : delivery with { RemindersSent = alreadySent + 1 }, cancellationToken);

    // A few reminders of a cycle are counted one by one (a read and a replace each); more, a hundred at a time: one
    // query of the stretch of the cycle's rows they fall in (a page per 1,000 rows) and a replace If-Match each row's
    // ETag in one entity group transaction (decision 073). A batch that meets a row changed since (another planner) is done again one by one, each
    // conditional on the count listed, so a count is never taken twice.
    public async Task<int> CountRemindersAsync(IReadOnlyList<CheckInDelivery> reminded, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reminded);
        var counted = 0;
        foreach (var cycle in reminded.DistinctBy(delivery => (delivery.CycleId, delivery.PersonId)).GroupBy(delivery => delivery.CycleId, StringComparer.Ordinal))
        {
            var deliveries = cycle.ToList();
            if (deliveries.Count < CountOneByOneBelow)
            {
                counted += await CountOneByOneAsync(deliveries, cancellationToken);
                continue;
            }

            foreach (var chunk in deliveries.Chunk(BatchSize))
            {
                var stored = await RowsBetweenAsync(cycle.Key, [.. chunk.Select(delivery => AzureKeys.Escape(delivery.PersonId))], cancellationToken);
                var batch = new List<TableTransactionAction>();
                foreach (var delivery in chunk)
                {
                    if (stored.GetValueOrDefault(AzureKeys.Escape(delivery.PersonId)) is { } entity
                        && AzureData.Read<StoredDelivery>(entity) is { Delivery.RemindersSent: var sent } old && sent == delivery.RemindersSent)
                    {
                        var write = Entity(old with { Delivery = old.Delivery with { RemindersSent = sent + 1 } });
                        write.ETag = entity.ETag;
                        batch.Add(AzureWrite.Replace(write));
                    }
                }

                counted += batch.Count > 0 && await Table.TryBatchAsync(batch, cancellationToken) ? batch.Count : await CountOneByOneAsync(chunk, cancellationToken);
            }
        }

        return counted;
    }

    public Task MarkSkippedAsync(string cycleId, string personId, CancellationToken cancellationToken) =>
        ChangeAsync(cycleId, personId, delivery => delivery.Skipped ? null : delivery with { Skipped = true }, cancellationToken);

    // The cycle's rows not skipped from the first of these row keys to the last: the scan lists a cycle's check-ins by
    // their due time, then by person, so a hundred reminders due together are one stretch of the partition, with only
    // those who answered or are due at another time between them.
    private async Task<Dictionary<string, TableEntity>> RowsBetweenAsync(string cycleId, List<string> rowKeys, CancellationToken cancellationToken)
    {
        rowKeys.Sort(StringComparer.Ordinal);
        var filter = AzureFilters.And(
            AzureFilters.And(AzureFilters.Partition(CycleKey(cycleId)), AzureFilters.Compare(nameof(CheckInDelivery.Skipped), "eq", false)),
            AzureFilters.And(AzureFilters.Compare("RowKey", "ge", rowKeys[0]), AzureFilters.Compare("RowKey", "le", rowKeys[^1])));
        return (await Table.QueryAsync(filter, cancellationToken)).ToDictionary(entity => entity.RowKey, StringComparer.Ordinal);
    }

    private async Task<int> CountOneByOneAsync(IEnumerable<CheckInDelivery> deliveries, CancellationToken cancellationToken)
    {
        var counted = 0;
        foreach (var delivery in deliveries)
        {
            counted += await TryCountReminderAsync(delivery.CycleId, delivery.PersonId, delivery.RemindersSent, cancellationToken) ? 1 : 0;
        }

        return counted;
    }

    private async Task<int> InsertAsync(CheckInDelivery[] chunk, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var entities = chunk.Select(delivery => Entity(new StoredDelivery(delivery with { RemindersSent = 0, Skipped = false }, now))).ToList();
        var batch = new List<TableTransactionAction>();
        batch.AddRange(entities.Select(AzureWrite.Insert));
        if (await Table.TryBatchAsync(batch, cancellationToken))
        {
            return entities.Count;
        }

        // Some were stored already (a repeated firing): insert one at a time, and count only the new ones.
        var added = 0;
        foreach (var entity in entities)
        {
            added += await Table.TryAsync(AzureWrite.Insert(entity), cancellationToken) ? 1 : 0;
        }

        return added;
    }

    private Task<bool> ChangeAsync(string cycleId, string personId, Func<CheckInDelivery, CheckInDelivery?> change, CancellationToken cancellationToken) =>
        Table.ChangeAsync(CycleKey(cycleId), AzureKeys.Escape(personId), stored =>
        {
            var old = stored is null ? null : AzureData.Read<StoredDelivery>(stored);
            return old is not null && change(old.Delivery) is { } changed
                ? new AzureChange<bool>(Entity(old with { Delivery = changed }), true)
                : new AzureChange<bool>(null, false);
        }, cancellationToken);

    // The typed properties are what the reminder scan filters on; the stamp names the person, and retention counts from
    // the cycle's close, as SQLite's "closes_at < $cutoff".
    private static TableEntity Entity(StoredDelivery stored)
    {
        var delivery = stored.Delivery;
        var entity = AzureData.Entity(CycleKey(delivery.CycleId), AzureKeys.Escape(delivery.PersonId), stored)
            .AboutPerson(delivery.PersonId, null, delivery.ClosesAt);
        entity[DeliverTicks] = (delivery.DeliverAt.UtcTicks);
        entity[ClosesTicks] = (delivery.ClosesAt.UtcTicks);
        entity[nameof(CheckInDelivery.RemindersSent)] = (delivery.RemindersSent);
        entity[nameof(CheckInDelivery.Skipped)] = (delivery.Skipped);
        return entity;
    }

    // Pointers name no person; they carry the cycle's close as retention start, so the purge takes them with the rows.
    private static TableEntity Pointer(string partitionKey, string ticks, CheckInDelivery delivery)
    {
        var pointer = new TableEntity(partitionKey, ticks + AzureKeys.Separator + AzureKeys.Escape(delivery.CycleId)).AboutPerson(null, null, delivery.ClosesAt);
        pointer[nameof(CheckInDelivery.CycleId)] = (delivery.CycleId);
        return pointer;
    }

    private static string CycleOf(TableEntity pointer) => pointer.GetString(nameof(CheckInDelivery.CycleId));

    private static string CycleKey(string cycleId) => AzureKeys.Join("c", cycleId);

    private sealed record StoredDelivery(CheckInDelivery Delivery, DateTimeOffset CreatedAt);
}
