using OutcomesBot.Bot.Storage.AzureTables.PersonalData;
using OutcomesBot.Dialogs.Notes;

namespace OutcomesBot.Bot.Storage.AzureTables;

/// <summary>
/// People's stops of groups of one-off notes: one entity per stop, partitioned by the person's lower-case AAD object id
/// (a note's send reads that one partition), keyed by the group's name, and stamped with the person for "my data".
/// </summary>
public sealed class AzureNoteStops(AzureTableSet tables) : AzureTableStore(tables, TableName), INoteStops
{
    public const string TableName = "notestops";

    public async Task StopAsync(NoteStop stop, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stop);
        // An insert, so a second stop keeps the first (as SQLite's ON CONFLICT DO NOTHING).
        var stored = stop with { AadObjectId = stop.AadObjectId.ToLowerInvariant() };
        await Table.TryAsync(AzureWrite.Insert(AzureData.Entity(AzureKeys.Aad(stop.AadObjectId), Row(stop.Group), stored).AboutPerson(stop.TeamsUserId, stop.AadObjectId)), cancellationToken);
    }

    public Task<bool> ResumeAsync(string aadObjectId, string group, CancellationToken cancellationToken) =>
        Table.TryAsync(AzureWrite.DeleteAny(AzureKeys.Aad(aadObjectId), Row(group)), cancellationToken);

    public async Task<IReadOnlyList<NoteStop>> ListForPersonAsync(string aadObjectId, CancellationToken cancellationToken) =>
        (await Table.QueryAsync(AzureFilters.Partition(AzureKeys.Aad(aadObjectId)), cancellationToken)).Select(AzureData.Read<NoteStop>)
            .OrderBy(stop => stop.Group, StringComparer.Ordinal).ToList();

    // Few rows (one per person and group stopped), read only for a note to someone the bot holds no profile of: a filtered
    // scan by the person's stamp.
    public async Task<IReadOnlyList<NoteStop>> ListForTeamsUserAsync(string teamsUserId, CancellationToken cancellationToken) =>
        (await Table.QueryAsync(AzureFilters.Compare(AzurePersonalStamp.PersonId, "eq", teamsUserId), cancellationToken)).Select(AzureData.Read<NoteStop>)
            .OrderBy(stop => stop.Group, StringComparer.Ordinal).ToList();

    // The group's name is checked against the known groups before it is stored; escaped all the same.
    private static string Row(string group) => AzureKeys.Escape(AzureKeyPart.Checked(group));
}
