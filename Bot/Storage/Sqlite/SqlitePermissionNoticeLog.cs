using OutcomesBot.Bot.Teams;

namespace OutcomesBot.Bot.Storage.Sqlite;

/// <summary>When a team's leaders were last told that a Graph permission is missing, so that a daily sync does not nag.</summary>
public sealed class SqlitePermissionNoticeLog(SqliteDatabase database) : IPermissionNoticeLog
{
    public async Task<bool> TryClaimAsync(string teamId, string permissions, DateTimeOffset now, TimeSpan quiet, CancellationToken cancellationToken) =>
        await database.ExecuteAsync(
            """
            INSERT INTO team_permission_notices (team_id, permissions, sent_at) VALUES ($team, $permissions, $now)
            ON CONFLICT (team_id, permissions) DO UPDATE SET sent_at = excluded.sent_at WHERE sent_at <= $since;
            """,
            command => command.With("$team", teamId).With("$permissions", permissions).With("$now", now).With("$since", now - quiet),
            cancellationToken) == 1;

    public Task ReleaseAsync(string teamId, string permissions, CancellationToken cancellationToken) =>
        database.ExecuteAsync(
            "DELETE FROM team_permission_notices WHERE team_id = $team AND permissions = $permissions;",
            command => command.With("$team", teamId).With("$permissions", permissions),
            cancellationToken);
}
