using System.Globalization;
using OutcomesBot.Dialogs.CheckIns;

namespace OutcomesBot.Bot.Storage.Sqlite;

/// <summary>Each team's check-in rhythm in the bot's SQLite file, one row per team.</summary>
public sealed class SqliteTeamRhythmStore(SqliteDatabase database) : ITeamRhythmStore
{
    public Task<CheckInSchedule?> GetAsync(string teamId, CancellationToken cancellationToken) =>
        database.QueryFirstAsync(
            "SELECT team_id, cadence, day_of_week, local_time, time_zone FROM team_rhythms WHERE team_id = $team;",
            command => command.With("$team", teamId),
            reader => new CheckInSchedule(
                reader.GetString(0),
                Enum.Parse<CheckInCadence>(reader.GetString(1)),
                (DayOfWeek)reader.GetInt32(2),
                TimeOnly.ParseExact(reader.GetString(3), "HH:mm", CultureInfo.InvariantCulture),
                reader.GetString(4)),
            cancellationToken);

    public Task SaveAsync(CheckInSchedule schedule, string setBy, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return database.ExecuteAsync(
            """
            INSERT INTO team_rhythms (team_id, cadence, day_of_week, local_time, time_zone, updated_by, updated_at)
            VALUES ($team, $cadence, $day, $time, $zone, $by, $at)
            ON CONFLICT (team_id) DO UPDATE SET cadence = excluded.cadence, day_of_week = excluded.day_of_week,
                local_time = excluded.local_time, time_zone = excluded.time_zone, updated_by = excluded.updated_by, updated_at = excluded.updated_at;
            """,
            command => command.With("$team", schedule.TeamId).With("$cadence", schedule.Cadence).With("$day", (int)schedule.Day)
                .With("$time", schedule.LocalTime.ToString("HH:mm", CultureInfo.InvariantCulture)).With("$zone", schedule.TimeZoneId)
                .With("$by", setBy).With("$at", at),
            cancellationToken);
    }

    public async Task<bool> RemoveAsync(string teamId, CancellationToken cancellationToken) =>
        await database.ExecuteAsync("DELETE FROM team_rhythms WHERE team_id = $team;", command => command.With("$team", teamId), cancellationToken) > 0;
}
