using Microsoft.Data.Sqlite;
using OutcomesBot.Dialogs.Momentum;

namespace OutcomesBot.Bot.Storage.Sqlite;

/// <summary>
/// Momentum snapshots, one row per (team, week start); an upsert, so writing a week twice leaves one row. Times are
/// fixed-width ISO text, so comparing computed_at as text compares the times.
/// </summary>
public sealed class SqliteMomentumStore(SqliteDatabase database) : IMomentumStore
{
    private const string Columns = """
        team_id, week_start, members, answered, minimum_answers, average_confidence, confidence_change, readiness_index,
        support_requests, exercises_completed, learning_log_entries, computed_at, condition_readiness, exercises_by_kind
        """;

    public Task UpsertAsync(MomentumSnapshot snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return database.ExecuteAsync(
            $"""
            INSERT INTO momentum_snapshots ({Columns})
            VALUES ($team, $week, $members, $answered, $minimum, $confidence, $change, $readiness, $support, $exercises, $log, $at, $conditions, $kinds)
            ON CONFLICT (team_id, week_start) DO UPDATE SET
                members = excluded.members, answered = excluded.answered, minimum_answers = excluded.minimum_answers,
                average_confidence = excluded.average_confidence, confidence_change = excluded.confidence_change,
                readiness_index = excluded.readiness_index, support_requests = excluded.support_requests,
                exercises_completed = excluded.exercises_completed, learning_log_entries = excluded.learning_log_entries,
                computed_at = excluded.computed_at, condition_readiness = excluded.condition_readiness,
                exercises_by_kind = excluded.exercises_by_kind
            WHERE excluded.computed_at >= momentum_snapshots.computed_at;
            """,
            command => command.With("$team", snapshot.TeamId).With("$week", snapshot.WeekStart).With("$members", snapshot.Members)
                .With("$answered", snapshot.Answered).With("$minimum", snapshot.MinimumAnswers).With("$confidence", snapshot.AverageConfidence)
                .With("$change", snapshot.ConfidenceChange).With("$readiness", snapshot.ReadinessIndex).With("$support", snapshot.SupportRequests)
                .With("$exercises", snapshot.ExercisesCompleted).With("$log", snapshot.LearningLogEntries).With("$at", snapshot.ComputedAt)
                .With("$conditions", snapshot.ConditionReadiness is null ? null : JsonSerializer.Serialize(snapshot.ConditionReadiness))
                .With("$kinds", snapshot.ExercisesByKind is null ? null : JsonSerializer.Serialize(snapshot.ExercisesByKind)),
            cancellationToken);
    }

    public Task<IReadOnlyList<MomentumSnapshot>> ListAsync(string teamId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        database.QueryListAsync(
            $"SELECT {Columns} FROM momentum_snapshots WHERE team_id = $team AND week_start >= $from AND week_start < $to ORDER BY week_start;",
            command => command.With("$team", teamId).With("$from", from).With("$to", to),
            Read,
            cancellationToken);

    private static MomentumSnapshot Read(SqliteDataReader reader) => new()
    {
        TeamId = reader.GetString(0),
        WeekStart = reader.GetTime(1),
        Members = reader.GetInt32(2),
        Answered = reader.GetInt32(3),
        MinimumAnswers = reader.GetInt32(4),
        AverageConfidence = reader.GetNullableDouble(5),
        ConfidenceChange = reader.GetNullableDouble(6),
        ReadinessIndex = reader.GetNullableDouble(7),
        SupportRequests = reader.GetNullableInt32(8),
        ExercisesCompleted = reader.GetInt32(9),
        LearningLogEntries = reader.GetInt32(10),
        ComputedAt = reader.GetTime(11),
        ConditionReadiness = reader.IsDBNull(12) ? null : JsonSerializer.Deserialize<Dictionary<string, double>>(reader.GetString(12)),
        ExercisesByKind = reader.IsDBNull(13) ? null : JsonSerializer.Deserialize<Dictionary<string, int>>(reader.GetString(13)),
    };
}
