using Microsoft.Data.Sqlite;
using OutcomesBot.Dialogs.Stories;

namespace OutcomesBot.Bot.Storage.Sqlite;

/// <summary>Champions' stops of the weekly ask for a story, one row per team and person (AAD object id kept lowered).</summary>
public sealed class SqliteStoryAskStops(SqliteDatabase database) : IStoryAskStops
{
    private const string Columns = "team_id, aad_object_id, teams_user_id, stopped_at";

    public Task StopAsync(StoryAskStop stop, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stop);
        return database.ExecuteAsync(
            $"INSERT INTO story_ask_stops ({Columns}) VALUES ($team, lower($aad), $teams, $at) ON CONFLICT (team_id, aad_object_id) DO NOTHING;",
            command => command.With("$team", stop.TeamId).With("$aad", stop.AadObjectId).With("$teams", stop.TeamsUserId).With("$at", stop.StoppedAt),
            cancellationToken);
    }

    public async Task<bool> ResumeAsync(string teamId, string aadObjectId, CancellationToken cancellationToken) =>
        await database.ExecuteAsync(
            "DELETE FROM story_ask_stops WHERE team_id = $team AND aad_object_id = lower($aad);",
            command => command.With("$team", teamId).With("$aad", aadObjectId),
            cancellationToken) > 0;

    public Task<IReadOnlyList<StoryAskStop>> ListForTeamAsync(string teamId, CancellationToken cancellationToken) =>
        database.QueryListAsync(
            $"SELECT {Columns} FROM story_ask_stops WHERE team_id = $team ORDER BY aad_object_id;",
            command => command.With("$team", teamId), Read, cancellationToken);

    public Task<IReadOnlyList<StoryAskStop>> ListForPersonAsync(string aadObjectId, CancellationToken cancellationToken) =>
        database.QueryListAsync(
            $"SELECT {Columns} FROM story_ask_stops WHERE aad_object_id = lower($aad) ORDER BY team_id;",
            command => command.With("$aad", aadObjectId), Read, cancellationToken);

    private static StoryAskStop Read(SqliteDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), reader.GetNullableString(2), reader.GetTime(3));
}
