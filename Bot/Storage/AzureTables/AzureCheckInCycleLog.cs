using OutcomesBot.Scheduler.CheckIns;

namespace OutcomesBot.Bot.Storage.AzureTables;

/// <summary>Check-in cycle firings: one partition per team, one row per scheduler fire instance (a repeat insert is a no-op).</summary>
public sealed class AzureCheckInCycleLog(AzureTableSet tables) : AzureTableStore(tables, TableName), ICheckInCycleLog
{
    public const string TableName = "cyclefirings";

    public Task RecordAsync(CheckInCycleFiring firing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(firing);
        var entity = AzureData.Entity(AzureKeys.Escape(firing.TeamId), AzureKeys.Escape(firing.FireInstanceId), firing);
        return Table.TryAsync(AzureWrite.Insert(entity), cancellationToken);
    }

    public async Task<IReadOnlyList<CheckInCycleFiring>> ListAsync(string teamId, CancellationToken cancellationToken) =>
        (await Table.QueryAsync(AzureFilters.Partition(AzureKeys.Escape(teamId)), cancellationToken))
            .Select(AzureData.Read<CheckInCycleFiring>)
            .OrderBy(firing => firing.FiredAt)
            .ThenBy(firing => firing.FireInstanceId, StringComparer.Ordinal)
            .ToList();
}
