using OutcomesBot.Dialogs.Momentum.TeamPriorities;

namespace OutcomesBot.Bot.Storage.AzureTables;

/// <summary>
/// The team priorities pools shown to leaders in Azure Tables: one partition per team, row "w|{as-of ticks}", so a
/// team's pools are one partition, oldest first. Keeping one is an insert: a second pool for the same week gets 409 and
/// false, and the first stays, as on SQLite.
/// </summary>
public sealed class AzureShownPrioritiesStore(AzureTableSet tables) : AzureTableStore(tables, TableName), IShownPrioritiesStore
{
    public const string TableName = "shownpriorities";
    private const string WeekPrefix = "w|";

    public Task<bool> TryAddAsync(string teamId, PooledPriorities pool, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pool);
        var entity = AzureData.Entity(AzureKeys.Escape(teamId), WeekPrefix + AzureKeys.Time(pool.AsOf), pool);
        return Table.TryAsync(AzureWrite.Insert(entity), cancellationToken);
    }

    public async Task<IReadOnlyList<PooledPriorities>> ListAsync(string teamId, CancellationToken cancellationToken)
    {
        var entities = await Table.RangeAsync(AzureKeys.Escape(teamId), WeekPrefix, cancellationToken);
        return entities.Select(AzureData.Read<PooledPriorities>).ToList();
    }
}
