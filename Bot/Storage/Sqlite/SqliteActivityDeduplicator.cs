using OutcomesBot.Bot.Turns;

namespace OutcomesBot.Bot.Storage.Sqlite;

/// <summary>
/// Activity claims in SQLite. A claim left unfinished longer than twice the turn timeout (a crashed
/// instance) can be taken over, and so can any claim older than the deduplication window, which
/// <see cref="OutcomesBot.Scheduler.Turns.ForgetProcessedActivitiesJob"/> removes with its stored reply.
/// </summary>
public sealed class SqliteActivityDeduplicator(SqliteDatabase database, TimeProvider timeProvider, IOptions<TurnOptions> options)
    : IActivityDeduplicator
{
    private const int ForgetBatch = 500;

    // The claim rides in a group commit with other turns' writes: the turn goes on only once it is committed.
    public Task<ActivityClaim> TryClaimAsync(string conversationId, string activityId, CancellationToken cancellationToken) =>
        database.WriteAsync((connection, token) => ClaimAsync(connection, conversationId, activityId, token), cancellationToken);

    private const string ClaimSql = """
        INSERT INTO processed_activities (conversation_id, activity_id, claimed_at) VALUES ($c, $a, $now)
        ON CONFLICT (conversation_id, activity_id) DO UPDATE SET claimed_at = excluded.claimed_at, completed_at = NULL, response = NULL
            WHERE (completed_at IS NULL AND claimed_at < $stale) OR claimed_at < $forgotten;
        """;

    private const string ClaimedSql = "SELECT completed_at IS NOT NULL, response FROM processed_activities WHERE conversation_id = $c AND activity_id = $a;";

    private async Task<ActivityClaim> ClaimAsync(Microsoft.Data.Sqlite.SqliteConnection connection, string conversationId, string activityId, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var insert = PreparedCommands.Rent(connection, ClaimSql);
        try
        {
            insert.With("$c", conversationId).With("$a", activityId).With("$now", now)
                .With("$stale", now - (options.Value.TurnTimeout * 2)).With("$forgotten", now - options.Value.DeduplicationWindow);
            if (await insert.ExecuteNonQueryAsync(cancellationToken) == 1)
            {
                return ActivityClaim.Claimed;
            }
        }
        finally
        {
            await PreparedCommands.ReturnAsync(connection, insert);
        }

        var select = PreparedCommands.Rent(connection, ClaimedSql);
        try
        {
            select.With("$c", conversationId).With("$a", activityId);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken) && reader.GetBoolean(0)
                ? ActivityClaim.Completed(reader.GetNullableString(1))
                : ActivityClaim.InProgress;
        }
        finally
        {
            await PreparedCommands.ReturnAsync(connection, select);
        }
    }

    public Task CompleteAsync(string conversationId, string activityId, string? responseJson, CancellationToken cancellationToken) =>
        database.ExecuteAsync(
            "UPDATE processed_activities SET completed_at = $now, response = $r WHERE conversation_id = $c AND activity_id = $a;",
            command => command.With("$now", timeProvider.GetUtcNow()).With("$r", responseJson).With("$c", conversationId).With("$a", activityId),
            cancellationToken);

    public Task ReleaseAsync(string conversationId, string activityId, CancellationToken cancellationToken) =>
        database.ExecuteAsync(
            "DELETE FROM processed_activities WHERE conversation_id = $c AND activity_id = $a AND completed_at IS NULL;",
            command => command.With("$c", conversationId).With("$a", activityId),
            cancellationToken);

    /// <summary>
    /// Deletes in batches, each its own short write, so turns waiting on the write gate get in between: one DELETE of a
    /// busy hour's claims would hold the file's write lock for the whole time.
    /// </summary>
    public async Task<int> ForgetBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        var removed = 0;
        int batch;
        do
        {
            batch = await database.ExecuteAsync(
                """
                DELETE FROM processed_activities WHERE rowid IN
                    (SELECT rowid FROM processed_activities WHERE claimed_at < $before LIMIT $batch);
                """,
                command => command.With("$before", before).With("$batch", ForgetBatch),
                cancellationToken);
            removed += batch;
        }
        while (batch == ForgetBatch);

        return removed;
    }
}
