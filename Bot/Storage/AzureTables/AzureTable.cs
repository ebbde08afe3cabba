using System.Net;
using Azure;
using Azure.Data.Tables;

namespace OutcomesBot.Bot.Storage.AzureTables;

/// <summary>
/// One Azure table, with the few operations the stores need. Writes that must not overwrite someone else's change
/// carry the ETag they read (If-Match); a 404, 409 or 412 comes back as false rather than an exception.
/// </summary>
public sealed partial class AzureTable(TableClient table, Func<string, AzureTable> sibling, int batchReadConcurrency)
{
    private const int MaxAttempts = 100;
    private const int MaxPageSize = 1000;
    private static readonly string[] KeyColumns = ["PartitionKey", "RowKey"];

    public string Name => table.Name;

    internal TableClient Client => table;

    /// <summary>Another table of the same account and prefix, by its short name.</summary>
    internal AzureTable Sibling(string name) => sibling(name);

    public async Task<TableEntity?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        var response = await table.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, cancellationToken: cancellationToken);
        return response.HasValue ? response.Value : null;
    }

    /// <summary>Inserts, replaces (If-Match the entity's ETag, <see cref="ETag.All"/> for any) or deletes; false on 404, 409 or 412.</summary>
    public Task<bool> TryAsync(TableTransactionAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        return ConflictAsFalseAsync(() => ExecuteAsync(action, cancellationToken));
    }

    /// <summary>Submits an entity group transaction (one partition, all or nothing); false on 404, 409 or 412.</summary>
    public Task<bool> TryBatchAsync(IReadOnlyList<TableTransactionAction> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return ConflictAsFalseAsync(async () =>
        {
            await table.SubmitTransactionAsync(batch, cancellationToken);
            return true;
        });
    }

    public Task UpsertAsync(ITableEntity entity, CancellationToken cancellationToken) =>
        table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);

    /// <summary>
    /// Every entity matching the filter (empty: the whole table; the SDK follows continuation tokens), at most <paramref name="take"/>. Listing
    /// only some <paramref name="columns"/> still brings the keys (and the ETag), so a listed row can be deleted If-Match.
    /// </summary>
    public async Task<IReadOnlyList<TableEntity>> QueryAsync(string filter, CancellationToken cancellationToken, int? take = null, IList<string>? columns = null)
    {
        var select = columns?.Concat(KeyColumns).Distinct(StringComparer.Ordinal).ToList();
        var pageSize = take is { } limit ? Math.Min(limit, MaxPageSize) : (int?)null;
        var entities = new List<TableEntity>();
        var where = string.IsNullOrEmpty(filter) ? null : filter;
        await foreach (var entity in table.QueryAsync<TableEntity>(where, pageSize, select, cancellationToken))
        {
            entities.Add(entity);
            if (entities.Count == take)
            {
                break;
            }
        }

        return entities;
    }

    /// <summary>
    /// One page of the entities matching the filter, at most <paramref name="pageSize"/>, from <paramref name="continuation"/>
    /// (null: the start); the page's continuation token is null after the last page. The service may return a short page,
    /// even an empty one, before the end.
    /// </summary>
    public async Task<(IReadOnlyList<TableEntity> Entities, string? Continuation)> QueryPageAsync(string filter, string? continuation, int pageSize, CancellationToken cancellationToken)
    {
        var size = Math.Clamp(pageSize, 1, MaxPageSize);
        await foreach (var page in table.QueryAsync<TableEntity>(filter, size, cancellationToken: cancellationToken).AsPages(continuation, size))
        {
            return (page.Values, page.ContinuationToken);
        }

        return ([], null);
    }

    /// <summary>The entities of one partition whose row keys start with <paramref name="rowKeyPrefix"/>.</summary>
    public Task<IReadOnlyList<TableEntity>> RangeAsync(string partitionKey, string rowKeyPrefix, CancellationToken cancellationToken, int? take = null, IList<string>? columns = null) =>
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
            removed += await TryAsync(AzureWrite.Delete(entity), cancellationToken) ? 1 : 0;
        }

        return removed;
    }

    /// <summary>
    /// Read-modify-write of one entity with optimistic concurrency: <paramref name="decide"/> sees the stored entity (or
    /// null) and returns what to write (null: nothing). The write is an insert when nothing was stored and a replace
    /// If-Match the ETag read otherwise; when another writer got there first (409/412) the entity is read again and
    /// <paramref name="decide"/> runs again, so no update is lost.
    /// </summary>
    public async Task<T> ChangeAsync<T>(string partitionKey, string rowKey, Func<TableEntity?, AzureChange<T>> decide, CancellationToken cancellationToken)
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
            change.Write.ETag = current?.ETag ?? default;
            var action = current is null ? AzureWrite.Insert(change.Write) : AzureWrite.Replace(change.Write);
            if (await TryAsync(action, cancellationToken))
            {
                return change.Result;
            }

            await Task.Delay(Random.Shared.Next(attempt + 1), cancellationToken);
        }

        throw new AzureConcurrencyException(table.Name, MaxAttempts);
    }

    private async Task<bool> ExecuteAsync(TableTransactionAction action, CancellationToken cancellationToken)
    {
        var entity = action.Entity;
        switch (action.ActionType)
        {
            case TableTransactionActionType.Add:
                await table.AddEntityAsync(entity, cancellationToken);
                return true;
            case TableTransactionActionType.UpdateReplace:
                await table.UpdateEntityAsync(entity, action.ETag, TableUpdateMode.Replace, cancellationToken);
                return true;
            case TableTransactionActionType.UpsertReplace:
                await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
                return true;
            case TableTransactionActionType.Delete:
                // The SDK answers a delete of a missing entity without throwing; the store must know it found nothing.
                var response = await table.DeleteEntityAsync(entity.PartitionKey, entity.RowKey, action.ETag, cancellationToken);
                return response.Status != (int)HttpStatusCode.NotFound;
            default:
                throw new NotSupportedException($"{action.ActionType} is not a write the stores make.");
        }
    }

    private static async Task<bool> ConflictAsFalseAsync(Func<Task<bool>> write)
    {
        try
        {
            return await write();
        }
        catch (RequestFailedException exception) when (exception.Status is
            (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.NotFound)
        {
            return false;
        }
    }
}
