using OutcomesBot.Dialogs.Notes;

namespace OutcomesBot.Bot.Storage.Sqlite;

/// <summary>People's stops of groups of one-off notes, one row per person and group (AAD object id kept lowered).</summary>
public sealed class SqliteNoteStops(SqliteDatabase database) : INoteStops
{
    private readonly SqlitePersonStops<NoteStop> _stops = new(database, "note_stops", "note_group", PersonStopShapes.Notes);

    public Task StopAsync(NoteStop stop, CancellationToken cancellationToken) => _stops.StopAsync(stop, cancellationToken);

    public Task<bool> ResumeAsync(string aadObjectId, string group, CancellationToken cancellationToken) =>
        _stops.ResumeAsync(group, aadObjectId, cancellationToken);

    public Task<IReadOnlyList<NoteStop>> ListForPersonAsync(string aadObjectId, CancellationToken cancellationToken) =>
        _stops.ListForPersonAsync(aadObjectId, cancellationToken);

    // Read only for a note to someone the bot holds no profile of (decision 104), by ix_note_stops_user.
    public Task<IReadOnlyList<NoteStop>> ListForTeamsUserAsync(string teamsUserId, CancellationToken cancellationToken) =>
        _stops.ListForTeamsUserAsync(teamsUserId, cancellationToken);
}
