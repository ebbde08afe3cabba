using System.Net;
using Microsoft.Azure.Cosmos.Table;

namespace OutcomesBot.Bot.Storage.AzureTables;

/// <summary>
/// One Azure table, with the few operations the stores need. Writes that must not overwrite someone else's change
/// carry the ETag they read (If-Match); a 409 or 412 comes back as false rather than an exception.
/// </summary>
public sealed class AzureTable(CloudTable table)
{
    private const int MaxAttempts = 100;

    public string Name => table.Name;

    internal CloudTable Cloud => table;

    public async Task<DynamicTableEntity?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        var result = await table.ExecuteAsync(TableOperation.Retrieve(partitionKey, rowKey), cancellationToken);
        return result.Result as DynamicTableEntity;
    }

    /// <summary>Inserts, replaces (If-Match the entity's ETag, "*" for any) or deletes; false on 404, 409 or 412.</summary>
    public Task<bool> TryAsync(TableOperation operation, CancellationToken cancellationToken) =>
        ConflictAsFalseAsync(() => table.ExecuteAsync(operation, cancellationToken));

    /// <summary>Runs an entity group transaction (one partition, all or nothing); false on 404, 409 or 412.</summary>
    public Task<bool> TryBatchAsync(TableBatchOperation batch, CancellationToken cancellationToken) =>
        ConflictAsFalseAsync(() => table.ExecuteBatchAsync(batch, cancellationToken));

    public Task UpsertAsync(ITableEntity entity, CancellationToken cancellationToken) =>
        table.ExecuteAsync(TableOperation.InsertOrReplace(entity), cancellationToken);

    /// <summary>Every entity matching the filter (following continuation tokens), at most <paramref name="take"/>.</summary>
    public async Task<IReadOnlyList<DynamicTableEntity>> QueryAsync(string filter, CancellationToken cancellationToken, int? take = null, IList<string>? columns = null)
    {
        var query = new TableQuery { FilterString = filter, TakeCount = take, SelectColumns = columns };
        var entities = new List<DynamicTableEntity>();
        TableContinuationToken? token = null;
        do
        {
            var segment = await table.ExecuteQuerySegmentedAsync(query, token, cancellationToken);
            entities.AddRange(segment.Results);
            token = segment.ContinuationToken;
        }
        while (token is not null && (take is null || entities.Count < take));

        return take is null ? entities : entities.Take(take.Value).ToList();
    }

    /// <summary>The entities of one partition whose row keys start with <paramref name="rowKeyPrefix"/>.</summary>
    public Task<IReadOnlyList<DynamicTableEntity>> RangeAsync(string partitionKey, string rowKeyPrefix, CancellationToken cancellationToken, int? take = null, IList<string>? columns = null) =>
        QueryAsync(AzureFilters.PrefixRange(partitionKey, rowKeyPrefix, AzureKeys.After(rowKeyPrefix)), cancellationToken, take, columns);

    /// <summary>
    /// Deletes every entity matching the filter, each If-Match the ETag listed, so one written again since stays; returns
    /// how many went. Only keys and ETags are listed, so no stored record comes over the wire.
    /// </summary>
    public async Task<int> DeleteWhereAsync(string filter, CancellationToken cancellationToken)
    {
        var removed = 0;
        foreach (var entity in await QueryAsync(filter, cancellationToken, columns: ["RowKey"]))
        {
            removed += await TryAsync(TableOperation.Delete(entity), cancellationToken) ? 1 : 0;
        }

        return removed;
    }

    /// <summary>
    /// Read-modify-write of one entity with optimistic concurrency: <paramref name="decide"/> sees the stored entity (or
    /// null) and returns what to write (null: nothing). The write is an insert when nothing was stored and a replace
    /// If-Match the ETag read otherwise; when another writer got there first (409/412) the entity is read again and
    /// <paramref name="decide"/> runs again, so no update is lost.
    /// </summary>
    public async Task<T> ChangeAsync<T>(string partitionKey, string rowKey, Func<DynamicTableEntity?, AzureChange<T>> decide, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decide);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var current = await GetAsync(partitionKey, rowKey, cancellationToken);
            var change = decide(current);
            if (change.Write is null)
            {
                return change.Result;
            }

            change.Write.PartitionKey = partitionKey;
            change.Write.RowKey = rowKey;
            change.Write.ETag = current?.ETag;
            var operation = current is null ? TableOperation.Insert(change.Write) : TableOperation.Replace(change.Write);
            if (await TryAsync(operation, cancellationToken))
            {
                return change.Result;
            }

            await Task.Delay(Random.Shared.Next(attempt + 1), cancellationToken);
        }

        throw new AzureConcurrencyException(table.Name, MaxAttempts);
    }

    private static async Task<bool> ConflictAsFalseAsync(Func<Task> write)
    {
        try
        {
            await write();
            return true;
        }
        catch (StorageException exception) when (exception.RequestInformation?.HttpStatusCode is
            (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.NotFound)
        {
            return false;
        }
    }
}
