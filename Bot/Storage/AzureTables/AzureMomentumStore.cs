using OutcomesBot.Dialogs.Momentum;

namespace OutcomesBot.Bot.Storage.AzureTables;

/// <summary>
/// Momentum snapshots in Azure Tables: one partition per team, row "w|{inverted week start ticks}", so the newest weeks
/// come first and a team's last 12 weeks are the first 12 rows of its partition (one request, whatever the history).
/// A write is a read-modify-write with the ETag: a week is replaced only by a computation at least as recent as the
/// stored one, so a slow run that finishes late cannot put older numbers back over newer ones.
/// </summary>
public sealed class AzureMomentumStore(AzureTableSet tables) : AzureTableStore(tables, TableName), IMomentumStore
{
    public const string TableName = "momentum";
    private const string WeekPrefix = "w|";

    public Task UpsertAsync(MomentumSnapshot snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var partition = AzureKeys.Escape(snapshot.TeamId);
        var row = WeekKey(snapshot.WeekStart.UtcTicks);
        return Table.ChangeAsync(partition, row, stored =>
            stored is not null && AzureData.Read<MomentumSnapshot>(stored).ComputedAt > snapshot.ComputedAt
                ? new AzureChange<bool>(null, false)
                : new AzureChange<bool>(AzureData.Entity(partition, row, snapshot), true),
            cancellationToken);
    }

    public async Task<IReadOnlyList<MomentumSnapshot>> ListAsync(string teamId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        if (to <= from)
        {
            return [];
        }

        // Inverted keys turn [from, to) into the row range (inverted to, inverted from]: newest first, one partition.
        var rows = AzureFilters.Rows(WeekKey(to.UtcTicks - 1), WeekKey(from.UtcTicks - 1));
        var entities = await Table.QueryAsync(AzureFilters.And(AzureFilters.Partition(AzureKeys.Escape(teamId)), rows), cancellationToken);
        return entities.Select(AzureData.Read<MomentumSnapshot>).Reverse().ToList();
    }

    // Inverted, so that key order is newest first; every value (even one tick past the range) fits in 19 digits.
    private static string WeekKey(long weekStartTicks) => WeekPrefix + AzureKeys.InvertedTicks(weekStartTicks);
}
