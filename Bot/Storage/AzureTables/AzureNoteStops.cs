using OutcomesBot.Bot.Storage.AzureTables.PersonalData;
using OutcomesBot.Dialogs.Notes;

namespace OutcomesBot.Bot.Storage.AzureTables;

/// <summary>
/// People's stops of groups of one-off notes: one entity per stop, partitioned by the person's lower-case AAD object id
/// (a note's send reads that one partition), keyed by the group's name, and stamped with the person for "my data".
/// </summary>
public sealed class AzureNoteStops(AzureTableSet tables) : INoteStops
{
    public const string TableName = "notestops";

    private readonly AzurePersonStops<NoteStop> _stops =
        new(tables, TableName, PersonStopShapes.Notes, (group, aadObjectId) => (AzureKeys.Aad(aadObjectId), Row(group)));

    public Task StopAsync(NoteStop stop, CancellationToken cancellationToken) => _stops.StopAsync(stop, cancellationToken);

    public Task<bool> ResumeAsync(string aadObjectId, string group, CancellationToken cancellationToken) =>
        _stops.ResumeAsync(group, aadObjectId, cancellationToken);

    public Task<IReadOnlyList<NoteStop>> ListForPersonAsync(string aadObjectId, CancellationToken cancellationToken) =>
        _stops.ListForPersonAsync(AzureFilters.Partition(AzureKeys.Aad(aadObjectId)), cancellationToken);

    // Few rows (one per person and group stopped), read only for a note to someone the bot holds no profile of: a filtered
    // scan by the person's stamp.
    public Task<IReadOnlyList<NoteStop>> ListForTeamsUserAsync(string teamsUserId, CancellationToken cancellationToken) =>
        _stops.ListForPersonAsync(AzureFilters.Compare(AzurePersonalStamp.PersonId, "eq", teamsUserId), cancellationToken);

    // The group's name is checked against the known groups before it is stored; escaped all the same.
    private static string Row(string group) => AzureKeys.Escape(AzureKeyPart.Checked(group));
}
