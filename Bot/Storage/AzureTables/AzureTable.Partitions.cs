using Azure.Data.Tables;

namespace OutcomesBot.Bot.Storage.AzureTables;

/// <summary>The batch read of one row in many partitions (decisions 083, 092, 099).</summary>
public sealed partial class AzureTable
{
    /// <summary>
    /// The entity with row key <paramref name="rowKey"/> in each partition named, by partition key; a partition without one
    /// is left out, and a key named twice is read once. The partitions are read 13 a query, in ordinal key order, each query
    /// kept to the stretch of keys from its first to its last (<see cref="AzureFilters.AnyPartition"/>, decision 083); a key
    /// with a character outside ASCII is read on its own, as the service's key order there may not be .NET's. Up to
    /// <see cref="AzureTablesOptions.BatchReadConcurrency"/> of those requests run at once (decision 099); if one fails, the
    /// read fails, and nothing of it is returned.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, TableEntity>> GetInPartitionsAsync(IEnumerable<string> partitionKeys, string rowKey, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, TableEntity>(StringComparer.Ordinal);
        foreach (var entity in await ReadInPartitionsAsync(partitionKeys, rowKey, cancellationToken))
        {
            found[entity.PartitionKey] = entity;
        }

        return found;
    }

    /// <summary>
    /// Every entity of each partition named, read as <see cref="GetInPartitionsAsync"/> reads (13 partitions a query, side
    /// by side): for small index partitions, one per team, read for several teams at once (decision 101).
    /// </summary>
    public Task<IReadOnlyList<TableEntity>> ListInPartitionsAsync(IEnumerable<string> partitionKeys, CancellationToken cancellationToken) =>
        ReadInPartitionsAsync(partitionKeys, rowKey: null, cancellationToken);

    // The rows of the partitions named (with that row key, when one is given), in request order.
    private async Task<IReadOnlyList<TableEntity>> ReadInPartitionsAsync(IEnumerable<string> partitionKeys, string? rowKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(partitionKeys);
        var keys = partitionKeys.Distinct(StringComparer.Ordinal).ToList();
        var asked = keys.ToHashSet(StringComparer.Ordinal);
        List<string[]> requests =
        [
            .. keys.Where(key => !key.All(char.IsAscii)).Select(key => new[] { key }),
            .. keys.Where(key => key.All(char.IsAscii)).Order(StringComparer.Ordinal).Chunk(AzureFilters.MostPartitionsAtOnce),
        ];

        // Each request fills its own slot, and the slots are read in request order, so the result does not depend on which
        // request finished first. Parallel.ForEachAsync stops starting requests at the first failure (or the token) and
        // throws it once those already started have ended.
        var answers = new IReadOnlyList<TableEntity>[requests.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = batchReadConcurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, requests.Count), options, async (index, token) =>
            answers[index] = await ReadPartitionsAsync(requests[index], rowKey, token));

        // The range may hold other partitions' rows, and a partition other rows: only the ones asked for are kept.
        return [.. answers.SelectMany(answer => answer).Where(entity => (rowKey is null || entity.RowKey == rowKey) && asked.Contains(entity.PartitionKey))];
    }

    private async Task<IReadOnlyList<TableEntity>> ReadPartitionsAsync(string[] partitionKeys, string? rowKey, CancellationToken cancellationToken)
    {
        if (partitionKeys is [var key] && !key.All(char.IsAscii))
        {
            if (rowKey is null)
            {
                return await QueryAsync(AzureFilters.Partition(key), cancellationToken);
            }

            return await GetAsync(key, rowKey, cancellationToken) is { } entity ? [entity] : [];
        }

        return await QueryAsync(AzureFilters.AnyPartition(partitionKeys), cancellationToken);
    }
}
