using OutcomesBot.Bot.Storage.AzureTables.PersonalData;

namespace OutcomesBot.Bot.Storage.AzureTables;

/// <summary>
/// A table of people's stops on Azure Tables (decisions 079, 096): one entity per person and scope (a group of notes, a
/// team), the first stop kept, the person's AAD object id kept lowered and the entity stamped with the person for "my
/// data". The stores over it name the table and the kind of stop (<see cref="PersonStopShapes"/>), choose the partition
/// and row keys, and say how a list is found (a partition, or a scan by the personal stamp).
/// </summary>
internal sealed class AzurePersonStops<TStop>(
    AzureTableSet tables,
    string tableName,
    PersonStopShape<TStop> shape,
    Func<string, string, (string PartitionKey, string RowKey)> keys) : AzureTableStore(tables, tableName)
    where TStop : class
{
    public async Task StopAsync(TStop stop, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stop);
        var parts = shape.PartsOf(stop);
        var (partitionKey, rowKey) = keys(parts.Scope, parts.AadObjectId);
        var stored = shape.Create(parts with { AadObjectId = parts.AadObjectId.ToLowerInvariant() });
        // An insert, so a second stop keeps the first (as SQLite's ON CONFLICT DO NOTHING).
        await Table.TryAsync(AzureWrite.Insert(AzureData.Entity(partitionKey, rowKey, stored).AboutPerson(parts.TeamsUserId, parts.AadObjectId)), cancellationToken);
    }

    /// <summary>True when there was a stop to remove.</summary>
    public Task<bool> ResumeAsync(string scope, string aadObjectId, CancellationToken cancellationToken)
    {
        var (partitionKey, rowKey) = keys(scope, aadObjectId);
        return Table.TryAsync(AzureWrite.DeleteAny(partitionKey, rowKey), cancellationToken);
    }

    /// <summary>One scope's stops, found by <paramref name="filter"/>, by AAD object id.</summary>
    public Task<IReadOnlyList<TStop>> ListForScopeAsync(string filter, CancellationToken cancellationToken) =>
        ListAsync(filter, stop => shape.PartsOf(stop).AadObjectId, cancellationToken);

    /// <summary>One person's stops, found by <paramref name="filter"/>, by scope.</summary>
    public Task<IReadOnlyList<TStop>> ListForPersonAsync(string filter, CancellationToken cancellationToken) =>
        ListAsync(filter, stop => shape.PartsOf(stop).Scope, cancellationToken);

    private async Task<IReadOnlyList<TStop>> ListAsync(string filter, Func<TStop, string> orderBy, CancellationToken cancellationToken) =>
        (await Table.QueryAsync(filter, cancellationToken)).Select(AzureData.Read<TStop>).OrderBy(orderBy, StringComparer.Ordinal).ToList();
}
