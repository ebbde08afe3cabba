using OutcomesBot.Bot.Turns;

namespace OutcomesBot.Bot.Storage.Sqlite;

/// <summary>
/// Activity claims in SQLite (decision 042). A claim is held in the process (<see cref="InFlightClaims"/>) and checked
/// against the stored completions, which cost a read and no commit; the completion is written once, with the claim's
/// time, the stored reply and the writes the turn held back (<see cref="SqliteHeldWrites"/>), in one group-commit entry.
/// A claim left unfinished longer than twice the turn timeout can be taken over, and so can any completion older than
/// the deduplication window, which <see cref="OutcomesBot.Scheduler.Turns.ForgetProcessedActivitiesJob"/> removes with its
/// stored reply.
/// </summary>
public sealed class SqliteActivityDeduplicator(SqliteDatabase database, TimeProvider timeProvider, IOptions<TurnOptions> options)
    : IActivityDeduplicator
{
    private const int ForgetBatch = 500;

    private const string ClaimedSql = "SELECT completed_at IS NOT NULL, response, claimed_at FROM processed_activities WHERE conversation_id = $c AND activity_id = $a;";

    private const string CompleteSql = """
        INSERT INTO processed_activities (conversation_id, activity_id, claimed_at, completed_at, response) VALUES ($c, $a, $claimed, $now, $r)
        ON CONFLICT (conversation_id, activity_id) DO UPDATE SET
            claimed_at = excluded.claimed_at, completed_at = excluded.completed_at, response = excluded.response;
        """;

    public async Task<ActivityClaim> TryClaimAsync(string conversationId, string activityId, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var stale = now - (options.Value.TurnTimeout * 2);
        if (!InFlightClaims.TryClaim(database.FilePath, conversationId, activityId, now, stale))
        {
            return ActivityClaim.InProgress;
        }

        ActivityClaim? stored;
        try
        {
            stored = await StoredClaimAsync(conversationId, activityId, now, stale, cancellationToken);
        }
        catch
        {
            InFlightClaims.Remove(database.FilePath, conversationId, activityId);
            throw;
        }

        if (stored is not null)
        {
            InFlightClaims.Remove(database.FilePath, conversationId, activityId);
            return stored;
        }

        if (TurnScope.Current is { } turn)
        {
            turn.HeldWrites = new SqliteHeldWrites(database);
        }

        return ActivityClaim.Claimed;
    }

    // A completion within the window answers a redelivery; an unfinished row (written by an earlier version) holds it.
    private Task<ActivityClaim?> StoredClaimAsync(string conversationId, string activityId, DateTimeOffset now, DateTimeOffset stale, CancellationToken cancellationToken)
    {
        var forgotten = now - options.Value.DeduplicationWindow;
        return database.QueryFirstAsync(
            ClaimedSql,
            command => command.With("$c", conversationId).With("$a", activityId),
            reader => reader.GetTime(2) is var claimedAt && claimedAt < forgotten ? null
                : reader.GetBoolean(0) ? ActivityClaim.Completed(reader.GetNullableString(1))
                : claimedAt >= stale ? ActivityClaim.InProgress
                : null,
            cancellationToken);
    }

    public async Task CompleteAsync(string conversationId, string activityId, string? responseJson, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var claimedAt = InFlightClaims.ClaimedAt(database.FilePath, conversationId, activityId) ?? now;
        var held = SqliteHeldWrites.Current(database)?.Take() ?? [];
        await database.WriteAsync(
            async (connection, token) =>
            {
                await TurnCommit.RunAsync(connection, held, CompleteSql, command => command.With("$c", conversationId).With("$a", activityId)
                    .With("$claimed", claimedAt).With("$now", now).With("$r", responseJson), token);
                return true;
            },
            cancellationToken);
        InFlightClaims.Remove(database.FilePath, conversationId, activityId);
    }

    public Task ReleaseAsync(string conversationId, string activityId, CancellationToken cancellationToken)
    {
        SqliteHeldWrites.Current(database)?.Discard();
        InFlightClaims.Remove(database.FilePath, conversationId, activityId);
        return Task.CompletedTask;
    }

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
