using Microsoft.Data.Sqlite;
using OutcomesBot.Dialogs.CheckIns;

namespace OutcomesBot.Bot.Storage.Sqlite;

/// <summary>
/// Check-in cycles, answers and preferences in the bot's SQLite file. One answer row per (cycle, person), written with an
/// upsert, so duplicate or concurrent submits leave one row; <c>revision</c> counts the writes.
/// </summary>
public sealed class SqliteCheckInStore(SqliteDatabase database) : ICheckInStore
{
    private const string CycleColumns = "cycle_id, team_id, owner_person_id, opens_at, closes_at, includes_pulse, pulse_conditions";
    private const string AnswerColumns =
        "cycle_id, person_id, team_id, confidence, went_well, barrier, wants_support, support_from, pulse_ratings, readiness_index, answered_at";
    private const string PreferenceColumns = "person_id, paused_until, snoozed_until, opted_out, reminders_sent, saved_exercise_reminders_off";

    public Task SaveCycleAsync(CheckInCycle cycle, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        return database.ExecuteAsync(
            $"INSERT INTO check_in_cycles ({CycleColumns}) VALUES ($id, $team, $owner, $opens, $closes, $pulse, $conditions) ON CONFLICT (cycle_id) DO NOTHING;",
            command => command.With("$id", cycle.CycleId).With("$team", cycle.TeamId).With("$owner", cycle.OwnerPersonId)
                .With("$opens", cycle.OpensAt).With("$closes", cycle.ClosesAt).With("$pulse", cycle.IncludesPulse)
                .With("$conditions", cycle.PulseConditions is null ? null : JsonSerializer.Serialize(cycle.PulseConditions)),
            cancellationToken);
    }

    public Task<CheckInCycle?> GetCycleAsync(string cycleId, CancellationToken cancellationToken) =>
        database.QueryFirstAsync($"SELECT {CycleColumns} FROM check_in_cycles WHERE cycle_id = $id;", command => command.With("$id", cycleId), ReadCycle, cancellationToken);

    public Task<CheckInCycle?> FindOpenCycleAsync(string personId, DateTimeOffset time, CancellationToken cancellationToken) =>
        database.QueryFirstAsync(
            $"""
            SELECT {CycleColumns} FROM check_in_cycles
            WHERE opens_at <= $now AND closes_at > $now
              AND (owner_person_id = $person
                   OR (owner_person_id IS NULL AND team_id = (SELECT team_id FROM check_in_answers WHERE person_id = $person AND team_id IS NOT NULL ORDER BY answered_at DESC LIMIT 1)))
            ORDER BY opens_at DESC LIMIT 1;
            """,
            command => command.With("$now", time).With("$person", personId),
            ReadCycle,
            cancellationToken);

    public Task<CheckInCycle?> FindLastClosedTeamCycleAsync(string teamId, DateTimeOffset closedAfter, DateTimeOffset closedBy, CancellationToken cancellationToken) =>
        database.QueryFirstAsync(
            $"""
            SELECT {CycleColumns} FROM check_in_cycles
            WHERE team_id = $team AND owner_person_id IS NULL AND closes_at > $after AND closes_at <= $by
            ORDER BY closes_at DESC, opens_at DESC LIMIT 1;
            """,
            command => command.With("$team", teamId).With("$after", closedAfter).With("$by", closedBy),
            ReadCycle,
            cancellationToken);

    internal const string TeamCyclesSql = $"""
        SELECT {CycleColumns} FROM check_in_cycles
        WHERE team_id = $team AND owner_person_id IS NULL AND opens_at > $after AND opens_at <= $by
        ORDER BY opens_at;
        """;

    public Task<IReadOnlyList<CheckInCycle>> ListTeamCyclesAsync(string teamId, DateTimeOffset openedAfter, DateTimeOffset openedBy, CancellationToken cancellationToken) =>
        database.QueryListAsync(
            TeamCyclesSql,
            command => command.With("$team", teamId).With("$after", openedAfter).With("$by", openedBy),
            ReadCycle,
            cancellationToken);

    private const string SaveAnswerSql = $"""
        INSERT INTO check_in_answers ({AnswerColumns}, revision)
        VALUES ($cycle, $person, $team, $confidence, $well, $barrier, $wants, $from, $pulse, $index, $at, 1)
        ON CONFLICT (cycle_id, person_id) DO UPDATE SET
            confidence = excluded.confidence, went_well = excluded.went_well, barrier = excluded.barrier,
            wants_support = excluded.wants_support, support_from = excluded.support_from, pulse_ratings = excluded.pulse_ratings,
            readiness_index = excluded.readiness_index, answered_at = excluded.answered_at, revision = revision + 1
        """;

    // In a turn the answer is committed with the turn's completion (decision 042); whether it replaces one is read first.
    public async Task<bool> SaveAnswerAsync(CheckInAnswer answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        Action<SqliteCommand> bind = command => command.With("$cycle", answer.CycleId).With("$person", answer.PersonId).With("$team", answer.TeamId)
            .With("$confidence", answer.Confidence).With("$well", answer.WentWell).With("$barrier", answer.Barrier)
            .With("$wants", answer.WantsSupport).With("$from", answer.SupportFrom)
            .With("$pulse", JsonSerializer.Serialize(answer.PulseRatings)).With("$index", answer.ReadinessIndex).With("$at", answer.AnsweredAt);
        if (database.HoldsTurnWrites)
        {
            var replaces = await database.QueryFirstAsync("SELECT 1 FROM check_in_answers WHERE cycle_id = $cycle AND person_id = $person;",
                command => command.With("$cycle", answer.CycleId).With("$person", answer.PersonId), _ => true, cancellationToken);
            await database.WriteWithTurnAsync(SaveAnswerSql, bind, cancellationToken);
            return replaces;
        }

        var revision = await database.WriteReturningFirstAsync(SaveAnswerSql + " RETURNING revision;", bind, reader => reader.GetInt64(0), cancellationToken);
        return revision > 1;
    }

    public Task<CheckInAnswer?> GetAnswerAsync(string cycleId, string personId, CancellationToken cancellationToken) =>
        database.QueryFirstAsync($"SELECT {AnswerColumns} FROM check_in_answers WHERE cycle_id = $cycle AND person_id = $person;",
            command => command.With("$cycle", cycleId).With("$person", personId), ReadAnswer, cancellationToken);

    public Task<CheckInAnswer?> GetLatestAnswerAsync(string personId, CancellationToken cancellationToken) =>
        database.QueryFirstAsync($"SELECT {AnswerColumns} FROM check_in_answers WHERE person_id = $person ORDER BY answered_at DESC LIMIT 1;",
            command => command.With("$person", personId), ReadAnswer, cancellationToken);

    public Task<IReadOnlyList<CheckInAnswer>> ListAnswersForPersonAsync(string personId, CancellationToken cancellationToken) =>
        ListAsync($"SELECT {AnswerColumns} FROM check_in_answers WHERE person_id = $person ORDER BY answered_at DESC;",
            command => command.With("$person", personId), cancellationToken);

    public Task<IReadOnlyList<CheckInAnswer>> ListAnswersAsync(string teamId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        ListAsync(
            $"""
            SELECT {AnswerColumns} FROM check_in_answers
            WHERE team_id = $team AND answered_at >= $from AND answered_at < $to ORDER BY answered_at, person_id;
            """,
            command => command.With("$team", teamId).With("$from", from).With("$to", to),
            cancellationToken);

    private Task<IReadOnlyList<CheckInAnswer>> ListAsync(string sql, Action<SqliteCommand> bind, CancellationToken cancellationToken) =>
        database.QueryListAsync(sql, bind, ReadAnswer, cancellationToken);

    public async Task<CheckInPreferences> GetPreferencesAsync(string personId, CancellationToken cancellationToken) =>
        await database.QueryFirstAsync(
            $"SELECT {PreferenceColumns} FROM check_in_preferences WHERE person_id = $person;",
            command => command.With("$person", personId), ReadPreferences, cancellationToken) ?? new CheckInPreferences(personId);

    // One query for the lot, the ids as one JSON array: each is a seek on the primary key (decision 083).
    public async Task<IReadOnlyDictionary<string, CheckInPreferences>> GetPreferencesAsync(IReadOnlyCollection<string> personIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(personIds);
        var ids = personIds.Distinct(StringComparer.Ordinal).ToList();
        var stored = ids.Count == 0 ? [] : await database.QueryListAsync(
            $"SELECT {PreferenceColumns} FROM check_in_preferences WHERE person_id IN (SELECT value FROM json_each($people));",
            command => command.With("$people", JsonSerializer.Serialize(ids)), ReadPreferences, cancellationToken);
        var found = stored.ToDictionary(preferences => preferences.PersonId, StringComparer.Ordinal);
        return ids.ToDictionary(id => id, id => found.GetValueOrDefault(id) ?? new CheckInPreferences(id), StringComparer.Ordinal);
    }

    public Task SavePreferencesAsync(CheckInPreferences preferences, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(preferences);
        return database.ExecuteAsync(
            """
            INSERT INTO check_in_preferences (person_id, paused_until, snoozed_until, opted_out, reminders_sent, saved_exercise_reminders_off)
            VALUES ($person, $paused, $snoozed, $out, $sent, $savedOff)
            ON CONFLICT (person_id) DO UPDATE SET paused_until = excluded.paused_until, snoozed_until = excluded.snoozed_until,
                opted_out = excluded.opted_out, reminders_sent = excluded.reminders_sent,
                saved_exercise_reminders_off = excluded.saved_exercise_reminders_off, kept_on_delete = 0;
            """,
            command => command.With("$person", preferences.PersonId).With("$paused", preferences.PausedUntil).With("$snoozed", preferences.SnoozedUntil)
                .With("$out", preferences.OptedOut).With("$sent", JsonSerializer.Serialize(preferences.RemindersSent))
                .With("$savedOff", preferences.SavedExerciseRemindersOff),
            cancellationToken);
    }

    public Task<int> RemoveEndedKeptPausesAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        database.ExecuteAsync(
            "DELETE FROM check_in_preferences WHERE kept_on_delete = 1 AND opted_out = 0 AND paused_until <= $now;",
            command => command.With("$now", now),
            cancellationToken);

    private static CheckInCycle ReadCycle(SqliteDataReader reader) =>
        new(reader.GetString(0), reader.GetNullableString(1), reader.GetTime(3), reader.GetTime(4), reader.GetInt64(5) != 0)
        {
            OwnerPersonId = reader.GetNullableString(2),

            // Null for a cycle stored before the rotation (decision 025): it asked, and still asks, every condition.
            PulseConditions = reader.GetNullableString(6) is { } conditions ? JsonSerializer.Deserialize<List<string>>(conditions) : null,
        };

    private static CheckInPreferences ReadPreferences(SqliteDataReader reader) => new(reader.GetString(0))
    {
        PausedUntil = reader.GetNullableTime(1),
        SnoozedUntil = reader.GetNullableTime(2),
        OptedOut = reader.GetInt64(3) != 0,
        RemindersSent = JsonSerializer.Deserialize<Dictionary<string, int>>(reader.GetString(4)) ?? [],
        SavedExerciseRemindersOff = reader.GetInt64(5) != 0,
    };

    private static CheckInAnswer ReadAnswer(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetNullableString(2),
        reader.GetInt32(3),
        reader.GetNullableString(4),
        reader.GetNullableString(5),
        reader.GetInt64(6) != 0,
        reader.GetNullableString(7),
        JsonSerializer.Deserialize<Dictionary<string, int>>(reader.GetString(8)) ?? [],
        reader.GetNullableInt32(9),
        reader.GetTime(10));
}
