using Microsoft.Data.Sqlite;
using OutcomesBot.Dialogs.Exercises;
using OutcomesBot.Dialogs.Exercises.Reminders;

namespace OutcomesBot.Bot.Storage.Sqlite;

/// <summary>Exercise runs in SQLite; updates are conditional on the version (optimistic concurrency).</summary>
public sealed class SqliteExerciseSessionStore(SqliteDatabase database) : IExerciseSessionStore, ISavedExerciseRuns
{
    private const string Columns =
        "session_id, person_id, exercise_id, status, step_index, answers, version, started_at, updated_at, completed_at, shared_at";

    public Task<ExerciseSession?> GetAsync(string personId, string sessionId, CancellationToken cancellationToken) =>
        database.QueryFirstAsync<ExerciseSession?>(
            $"SELECT {Columns} FROM exercise_sessions WHERE session_id = $id AND person_id = $person;",
            command => command.With("$id", sessionId).With("$person", personId), Read, cancellationToken);

    public Task<ExerciseSession?> FindInProgressAsync(string personId, string exerciseId, CancellationToken cancellationToken) =>
        database.QueryFirstAsync<ExerciseSession?>(
            $"SELECT {Columns} FROM exercise_sessions WHERE person_id = $person AND exercise_id = $exercise AND status = 'InProgress';",
            command => command.With("$person", personId).With("$exercise", exerciseId), Read, cancellationToken);

    public Task<IReadOnlyList<ExerciseSession>> ListAsync(string personId, string? exerciseId, ExerciseSessionStatus? status, CancellationToken cancellationToken) =>
        database.QueryListAsync(
            $"""
            SELECT {Columns} FROM exercise_sessions
            WHERE person_id = $person AND ($exercise IS NULL OR exercise_id = $exercise) AND ($status IS NULL OR status = $status)
            ORDER BY COALESCE(completed_at, updated_at) DESC;
            """,
            command => command.With("$person", personId).With("$exercise", exerciseId).With("$status", status),
            Read,
            cancellationToken);

    public Task<IReadOnlyList<ExerciseSession>> ListSavedAsync(DateTimeOffset savedBy, string? afterSessionId, int pageSize, CancellationToken cancellationToken) =>
        database.QueryListAsync(
            $"""
            SELECT {Columns} FROM exercise_sessions
            WHERE status = 'InProgress' AND session_id > $after AND updated_at <= $savedBy
            ORDER BY session_id LIMIT $take;
            """,
            command => command.With("$after", afterSessionId ?? string.Empty).With("$savedBy", savedBy).With("$take", pageSize),
            Read,
            cancellationToken);

    public async Task<bool> TryAddAsync(ExerciseSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        try
        {
            await database.ExecuteAsync(
                $"""
                INSERT INTO exercise_sessions ({Columns})
                VALUES ($id, $person, $exercise, $status, $step, $answers, 1, $started, $updated, $completed, $shared);
                """,
                command => Bind(command, session), cancellationToken);
            return true;
        }
        catch (SqliteException exception) when (exception.SqliteErrorCode == 19)
        {
            // SQLITE_CONSTRAINT: the person already has this exercise in progress.
            return false;
        }
    }

    public async Task<bool> TryUpdateAsync(ExerciseSession session, long expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var changed = await database.ExecuteAsync(
            """
            UPDATE exercise_sessions
            SET status = $status, step_index = $step, answers = $answers, version = $expected + 1,
                started_at = $started, updated_at = $updated, completed_at = $completed, shared_at = $shared
            WHERE session_id = $id AND person_id = $person AND version = $expected;
            """,
            command => Bind(command, session).With("$expected", expectedVersion), cancellationToken);
        return changed == 1;
    }

    private static SqliteCommand Bind(SqliteCommand command, ExerciseSession session) => command
        .With("$id", session.SessionId).With("$person", session.PersonId).With("$exercise", session.ExerciseId)
        .With("$status", session.Status).With("$step", session.StepIndex)
        .With("$answers", JsonSerializer.Serialize(session.Answers.Values))
        .With("$started", session.StartedAt).With("$updated", session.UpdatedAt)
        .With("$completed", session.CompletedAt).With("$shared", session.SharedAt);

    private static ExerciseSession Read(SqliteDataReader reader) => new()
    {
        SessionId = reader.GetString(0),
        PersonId = reader.GetString(1),
        ExerciseId = reader.GetString(2),
        Status = Enum.Parse<ExerciseSessionStatus>(reader.GetString(3)),
        StepIndex = reader.GetInt32(4),
        Answers = new ExerciseAnswers(JsonSerializer.Deserialize<Dictionary<string, string>>(reader.GetString(5)) ?? []),
        Version = reader.GetInt64(6),
        StartedAt = reader.GetTime(7),
        UpdatedAt = reader.GetTime(8),
        CompletedAt = reader.GetNullableTime(9),
        SharedAt = reader.GetNullableTime(10),
    };
}
