using Microsoft.Data.Sqlite;
using OutcomesBot.Dialogs.Notes;

namespace OutcomesBot.Bot.Storage.Sqlite;

/// <summary>People's stops of groups of one-off notes, one row per person and group (AAD object id kept lowered).</summary>
public sealed class SqliteNoteStops(SqliteDatabase database) : INoteStops
{
    private const string Columns = "aad_object_id, note_group, teams_user_id, stopped_at";

    public Task StopAsync(NoteStop stop, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stop);
        return database.ExecuteAsync(
            $"INSERT INTO note_stops ({Columns}) VALUES (lower($aad), $group, $teams, $at) ON CONFLICT (aad_object_id, note_group) DO NOTHING;",
            command => command.With("$aad", stop.AadObjectId).With("$group", stop.Group).With("$teams", stop.TeamsUserId).With("$at", stop.StoppedAt),
            cancellationToken);
    }

    public async Task<bool> ResumeAsync(string aadObjectId, string group, CancellationToken cancellationToken) =>
        await database.ExecuteAsync(
            "DELETE FROM note_stops WHERE aad_object_id = lower($aad) AND note_group = $group;",
            command => command.With("$aad", aadObjectId).With("$group", group),
            cancellationToken) > 0;

    public Task<IReadOnlyList<NoteStop>> ListForPersonAsync(string aadObjectId, CancellationToken cancellationToken) =>
        database.QueryListAsync(
            $"SELECT {Columns} FROM note_stops WHERE aad_object_id = lower($aad) ORDER BY note_group;",
            command => command.With("$aad", aadObjectId), Read, cancellationToken);

    public Task<IReadOnlyList<NoteStop>> ListForTeamsUserAsync(string teamsUserId, CancellationToken cancellationToken) =>
        database.QueryListAsync(
            $"SELECT {Columns} FROM note_stops WHERE teams_user_id = $teams ORDER BY note_group;",
            command => command.With("$teams", teamsUserId), Read, cancellationToken);

    private static NoteStop Read(SqliteDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), reader.GetNullableString(2), reader.GetTime(3));
}
