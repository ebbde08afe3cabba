using Microsoft.Data.Sqlite;
using OutcomesBot.Dialogs.LearningSets;

namespace OutcomesBot.Bot.Storage.Sqlite;

/// <summary>Action-learning sets and their round answers in SQLite. Answers are personal: exported, deleted and purged
/// through <see cref="PersonalData.SqlitePersonalDataSources"/>.</summary>
public sealed class SqliteLearningSetStore(SqliteDatabase database) : ILearningSetStore
{
    private const string SetColumns = """
        set_id, team_id, tenant_id, channel_id, topic, starter_aad_object_id, members, interval_days, rounds, time_zone_id, first_round_at, created_at, ended_at, ended_after_round, opened_round
        """;

    private const string AnswerColumns = "set_id, round, aad_object_id, name, challenge, tried, helped, next_action, answered_at";

    public async Task<bool> TryAddAsync(LearningSet set, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(set);
        return await database.ExecuteAsync(
            $"""
            INSERT INTO learning_sets ({SetColumns})
            VALUES ($id, $team, $tenant, $channel, $topic, $starter, $members, $interval, $rounds, $zone, $first, $created, $ended, $endedAfter, $opened)
            ON CONFLICT (set_id) DO NOTHING;
            """,
            command => command.With("$id", set.SetId).With("$team", set.TeamId).With("$tenant", set.TenantId).With("$channel", set.ChannelId)
                .With("$topic", set.Topic).With("$starter", set.StarterAadObjectId).With("$members", string.Join(',', set.Members))
                .With("$interval", set.IntervalDays).With("$rounds", set.Rounds).With("$zone", set.TimeZoneId)
                .With("$first", set.FirstRoundAt).With("$created", set.CreatedAt).With("$ended", set.EndedAt).With("$endedAfter", set.EndedAfterRound).With("$opened", set.OpenedRound),
            cancellationToken) == 1;
    }

    public Task<LearningSet?> GetAsync(string setId, CancellationToken cancellationToken) =>
        database.QueryFirstAsync<LearningSet?>($"SELECT {SetColumns} FROM learning_sets WHERE set_id = $id;", command => command.With("$id", setId), ReadSet, cancellationToken);

    public async Task<bool> TryMoveFirstRoundAsync(string setId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        await database.ExecuteAsync(
            "UPDATE learning_sets SET first_round_at = $to WHERE set_id = $id AND first_round_at = $from;",
            command => command.With("$id", setId).With("$from", from).With("$to", to),
            cancellationToken) == 1;

    public async Task<bool> TryEndAsync(string setId, int afterRound, DateTimeOffset at, CancellationToken cancellationToken) =>
        await database.ExecuteAsync(
            "UPDATE learning_sets SET ended_at = $at, ended_after_round = COALESCE(opened_round, $after) WHERE set_id = $id AND ended_at IS NULL;",
            command => command.With("$id", setId).With("$at", at).With("$after", afterRound),
            cancellationToken) == 1;

    public async Task<bool> TryOpenRoundAsync(string setId, int round, CancellationToken cancellationToken) =>
        await database.ExecuteAsync(
            "UPDATE learning_sets SET opened_round = MAX(COALESCE(opened_round, 0), $round) WHERE set_id = $id AND ended_at IS NULL;",
            command => command.With("$id", setId).With("$round", round),
            cancellationToken) == 1;

    public Task<IReadOnlyList<LearningSet>> ListForTeamAsync(string teamId, CancellationToken cancellationToken) =>
        database.QueryListAsync($"SELECT {SetColumns} FROM learning_sets WHERE team_id = $team ORDER BY created_at, set_id;", command => command.With("$team", teamId), ReadSet, cancellationToken);

    public async Task<IReadOnlyDictionary<int, int>> CountAnswersAsync(string setId, CancellationToken cancellationToken) =>
        (await database.QueryListAsync(
            "SELECT round, COUNT(*) FROM learning_answers WHERE set_id = $set GROUP BY round;",
            command => command.With("$set", setId), reader => (Round: reader.GetInt32(0), Count: reader.GetInt32(1)), cancellationToken))
        .ToDictionary(row => row.Round, row => row.Count);

    public async Task<bool> RemoveAnswerAsync(string setId, int round, string aadObjectId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(aadObjectId);
        return await database.ExecuteAsync(
            "DELETE FROM learning_answers WHERE set_id = $set AND round = $round AND aad_object_id = $aad;",
            command => command.With("$set", setId).With("$round", round).With("$aad", aadObjectId.ToLowerInvariant()),
            cancellationToken) == 1;
    }

    public Task SaveAnswerAsync(LearningAnswer answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return database.ExecuteAsync(
            $"""
            INSERT INTO learning_answers ({AnswerColumns}) VALUES ($set, $round, $aad, $name, $challenge, $tried, $helped, $next, $at)
            ON CONFLICT (set_id, round, aad_object_id) DO UPDATE SET name = excluded.name, challenge = excluded.challenge,
                tried = excluded.tried, helped = excluded.helped, next_action = excluded.next_action, answered_at = excluded.answered_at;
            """,
            command => command.With("$set", answer.SetId).With("$round", answer.Round).With("$aad", answer.AadObjectId.ToLowerInvariant())
                .With("$name", answer.Name).With("$challenge", answer.Challenge).With("$tried", answer.Tried).With("$helped", answer.Helped)
                .With("$next", answer.NextAction).With("$at", answer.AnsweredAt),
            cancellationToken);
    }

    public Task<IReadOnlyList<LearningAnswer>> ListAnswersAsync(string setId, int round, CancellationToken cancellationToken) =>
        database.QueryListAsync(
            $"SELECT {AnswerColumns} FROM learning_answers WHERE set_id = $set AND round = $round ORDER BY name, aad_object_id;",
            command => command.With("$set", setId).With("$round", round), ReadAnswer, cancellationToken);

    public async Task<bool> TryMarkSummarisedAsync(string setId, int round, DateTimeOffset at, CancellationToken cancellationToken) =>
        await database.ExecuteAsync(
            "INSERT INTO learning_round_summaries (set_id, round, summarised_at) VALUES ($set, $round, $at) ON CONFLICT DO NOTHING;",
            command => command.With("$set", setId).With("$round", round).With("$at", at), cancellationToken) == 1;

    public async Task<bool> IsSummarisedAsync(string setId, int round, CancellationToken cancellationToken) =>
        await database.QueryFirstAsync(
            "SELECT COUNT(*) FROM learning_round_summaries WHERE set_id = $set AND round = $round;",
            command => command.With("$set", setId).With("$round", round), reader => reader.GetInt32(0), cancellationToken) > 0;

    private static LearningSet ReadSet(SqliteDataReader reader) => new()
    {
        SetId = reader.GetString(0),
        TeamId = reader.GetString(1),
        TenantId = reader.GetString(2),
        ChannelId = reader.GetString(3),
        Topic = reader.GetString(4),
        StarterAadObjectId = reader.GetString(5),
        Members = reader.GetString(6).Split(',', StringSplitOptions.RemoveEmptyEntries),
        IntervalDays = reader.GetInt32(7),
        Rounds = reader.GetInt32(8),
        TimeZoneId = reader.GetString(9),
        FirstRoundAt = reader.GetTime(10),
        CreatedAt = reader.GetTime(11),
        EndedAt = reader.GetNullableTime(12),
        EndedAfterRound = reader.GetInt32(13),
        OpenedRound = reader.GetNullableInt32(14),
    };

    private static LearningAnswer ReadAnswer(SqliteDataReader reader) => new()
    {
        SetId = reader.GetString(0),
        Round = reader.GetInt32(1),
        AadObjectId = reader.GetString(2),
        Name = reader.GetNullableString(3),
        Challenge = reader.GetString(4),
        Tried = reader.GetString(5),
        Helped = reader.GetString(6),
        NextAction = reader.GetString(7),
        AnsweredAt = reader.GetTime(8),
    };
}
