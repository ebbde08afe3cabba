using OutcomesBot.Scheduler.CheckIns;

namespace OutcomesBot.Bot.Storage.Sqlite;

/// <summary>Check-in cycle firings in the bot's SQLite file, one row per scheduler fire instance.</summary>
public sealed class SqliteCheckInCycleLog(SqliteDatabase database) : ICheckInCycleLog
{
    public Task RecordAsync(CheckInCycleFiring firing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(firing);
        return database.ExecuteAsync(
            """
            INSERT INTO check_in_cycle_firings (fire_instance_id, team_id, scheduled_for, fired_at) VALUES ($id, $team, $scheduled, $fired)
            ON CONFLICT (fire_instance_id) DO NOTHING;
            """,
            command => command.With("$id", firing.FireInstanceId).With("$team", firing.TeamId)
                .With("$scheduled", firing.ScheduledFor).With("$fired", firing.FiredAt),
            cancellationToken);
    }

    public Task<IReadOnlyList<CheckInCycleFiring>> ListAsync(string teamId, CancellationToken cancellationToken) =>
        database.QueryListAsync(
            """
            SELECT team_id, scheduled_for, fired_at, fire_instance_id FROM check_in_cycle_firings
            WHERE team_id = $team ORDER BY fired_at, fire_instance_id;
            """,
            command => command.With("$team", teamId),
            reader => new CheckInCycleFiring(reader.GetString(0), reader.GetTime(1), reader.GetTime(2), reader.GetString(3)),
            cancellationToken);
}
