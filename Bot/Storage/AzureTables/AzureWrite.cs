using Azure;
using Azure.Data.Tables;

namespace OutcomesBot.Bot.Storage.AzureTables;

/// <summary>
/// The writes the stores make, as actions that run alone (<see cref="AzureTable.TryAsync"/>) or in an entity group
/// transaction (<see cref="AzureTable.TryBatchAsync"/>). A replace or delete is always If-Match the entity's ETag: the
/// one read, or <see cref="ETag.All"/> when the caller means "whatever is there"; a missing ETag is a bug, not "any".
/// </summary>
internal static class AzureWrite
{
    public static TableTransactionAction Insert(ITableEntity entity) => new(TableTransactionActionType.Add, entity);

    public static TableTransactionAction Upsert(ITableEntity entity) => new(TableTransactionActionType.UpsertReplace, entity);

    public static TableTransactionAction Replace(ITableEntity entity) =>
        new(TableTransactionActionType.UpdateReplace, entity, IfMatch(entity));

    public static TableTransactionAction Delete(ITableEntity entity) =>
        new(TableTransactionActionType.Delete, entity, IfMatch(entity));

    /// <summary>Deletes whatever is stored under the keys (If-Match *).</summary>
    public static TableTransactionAction DeleteAny(string partitionKey, string rowKey) =>
        Delete(new TableEntity(partitionKey, rowKey) { ETag = ETag.All });

    private static ETag IfMatch(ITableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return entity.ETag == default
            ? throw new InvalidOperationException($"A conditional write to {entity.PartitionKey}/{entity.RowKey} has no ETag.")
            : entity.ETag;
    }
}
