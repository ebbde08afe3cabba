using OutcomesBot.Dialogs.Exercises.LearningLog;
using OutcomesBot.Dialogs.Momentum;

namespace OutcomesBot.Bot.Storage.Sqlite;

/// <summary>Counts completed exercise runs for a group of people; reads status and times only, never the answers.</summary>
public sealed class SqliteTeamExerciseCounts(SqliteDatabase database) : ITeamExerciseCounts
{
    public async Task<ExerciseCounts> CountCompletedAsync(IReadOnlyCollection<string> personIds, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(personIds);
        if (personIds.Count == 0)
        {
            return new ExerciseCounts(0, 0);
        }

        return await database.QueryFirstAsync(
            """
            SELECT COUNT(*), COALESCE(SUM(exercise_id = $log), 0), COUNT(DISTINCT person_id) FROM exercise_sessions
            WHERE status = 'Completed' AND completed_at >= $from AND completed_at < $to
              AND person_id IN (SELECT value FROM json_each($people));
            """,
            command => command.With("$log", LearningLogExercise.Id).With("$from", from).With("$to", to).With("$people", JsonSerializer.Serialize(personIds)),
            reader => new ExerciseCounts(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2)),
            cancellationToken) ?? new ExerciseCounts(0, 0);
    }

    public async Task<IReadOnlyList<ExerciseCompletion>> ListCompletedAsync(IReadOnlyCollection<string> personIds, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(personIds);
        if (personIds.Count == 0)
        {
            return [];
        }

        return await database.QueryListAsync(
            """
            SELECT exercise_id, completed_at FROM exercise_sessions
            WHERE status = 'Completed' AND completed_at >= $from AND completed_at < $to
              AND person_id IN (SELECT value FROM json_each($people))
            ORDER BY completed_at;
            """,
            command => command.With("$from", from).With("$to", to).With("$people", JsonSerializer.Serialize(personIds.Distinct(StringComparer.Ordinal))),
            reader => new ExerciseCompletion(reader.GetString(0), reader.GetTime(1)),
            cancellationToken);
    }
}
