using Azure.Data.Tables;
using OutcomesBot.Bot.Storage.AzureTables.PersonalData;
using OutcomesBot.Dialogs.CheckIns;

namespace OutcomesBot.Bot.Storage.AzureTables;

/// <summary>
/// Each team's check-in rhythm in Azure Tables: one entity per team (a point read when the card opens and when a cycle
/// fires). It is stamped with the leader who set it, so "my data" finds it; deleting their data keeps the rhythm for the
/// team and drops only that link (<see cref="Unlink"/>).
/// </summary>
public sealed class AzureTeamRhythmStore(AzureTableSet tables) : AzureTableStore(tables, TableName), ITeamRhythmStore
{
    public const string TableName = "teamrhythms";
    private const string Main = "rhythm";

    public async Task<CheckInSchedule?> GetAsync(string teamId, CancellationToken cancellationToken) =>
        await Table.GetAsync(AzureKeys.Escape(AzureKeyPart.Checked(teamId)), Main, cancellationToken) is { } entity ? AzureData.Read<StoredRhythm>(entity).Schedule : null;

    // A whole-entity insert-or-replace, as SQLite's upsert: of two leaders saving at once one rhythm is stored complete
    // with the leader who set it, never parts of both. Nothing of the old row is kept, so there is nothing to read first.
    public Task SaveAsync(CheckInSchedule schedule, string setBy, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        // Stamped under both ids, as SQLite matches updated_by against either (callers pass the AAD object id).
        var entity = AzureData.Entity(AzureKeys.Escape(schedule.TeamId), Main, new StoredRhythm(schedule, setBy, at)).AboutPerson(setBy, setBy);
        return Table.UpsertAsync(entity, cancellationToken);
    }

    public Task<bool> RemoveAsync(string teamId, CancellationToken cancellationToken) =>
        Table.TryAsync(AzureWrite.DeleteAny(AzureKeys.Escape(teamId), Main), cancellationToken);

    /// <summary>The rhythm as the team keeps it once the leader who set it asked for their data to be deleted.</summary>
    internal static TableEntity Unlink(TableEntity entity) =>
        AzureData.Entity(entity.PartitionKey, entity.RowKey, AzureData.Read<StoredRhythm>(entity) with { UpdatedBy = "" });

    private sealed record StoredRhythm(CheckInSchedule Schedule, string UpdatedBy, DateTimeOffset UpdatedAt);
}
