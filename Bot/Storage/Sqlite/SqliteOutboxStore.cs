using Microsoft.Data.Sqlite;
using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.Bot.Storage.Sqlite;

/// <summary>
/// The outbox in the bot's SQLite file. A claim is one UPDATE ... RETURNING, so two drains cannot take the same row;
/// every later write names the claim token, so a drain whose lease ended cannot overwrite the one that took over.
/// Writes commit with <c>synchronous = NORMAL</c>, as every write to the bot's file does: in WAL mode that survives a
/// crash of the process but not a power cut, and it lets results be recorded at Teams' rate instead of one fsync each
/// (docs/decisions/007 and 022). A finished message forgets its card (<see cref="ForgetCard"/>, decision 047).
/// </summary>
public sealed class SqliteOutboxStore(SqliteDatabase database) : IOutboxStore
{
    private const string Columns = """
        outbox_id, cycle_id, recipient_id, tenant_id, kind, card_json, status, attempts, next_attempt_at,
        last_error_code, conversation_recreated, created_at, sent_at, sent_activity_id, claim_token, channel_conversation_id,
        writer_user_id, writer_aad_object_id
        """;

    // A finished message (sent, failed, unreachable or skipped) keeps no copy of its card: a card may carry one person's
    // words to another (an entry, a story offer, a support request), and nothing reads it once it is no longer due. Who
    // wrote those words goes with it (decision 051).
    private const string ForgetCard = "card_json = '', writer_user_id = NULL, writer_aad_object_id = NULL";

    public Task<int> EnqueueAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken) =>
        database.InsertEachAsync(
            """
            INSERT INTO outbox (outbox_id, idempotency_key, cycle_id, recipient_id, tenant_id, kind, card_json, status, attempts,
                                next_attempt_at, conversation_recreated, created_at, channel_conversation_id, writer_user_id, writer_aad_object_id)
            VALUES ($id, $key, $cycle, $recipient, $tenant, $kind, $card, 'Pending', 0, $next, 0, $created, $channel, $writer, $writerAad)
            ON CONFLICT (idempotency_key) DO NOTHING;
            """,
            messages,
            (command, message) => command.With("$id", message.OutboxId).With("$key", message.IdempotencyKey).With("$cycle", message.CycleId)
                .With("$recipient", message.RecipientId).With("$tenant", message.TenantId).With("$kind", message.Kind)
                .With("$card", message.CardJson).With("$next", message.NextAttemptAt).With("$created", message.CreatedAt)
                .With("$channel", message.ChannelConversationId).With("$writer", message.WriterId).With("$writerAad", message.WriterAadObjectId),
            cancellationToken);

    public Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(int limit, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken) =>
        database.WriteReturningListAsync(
            $"""
            UPDATE outbox SET status = 'Sending', attempts = attempts + 1, next_attempt_at = $lease, claim_token = $token
            WHERE outbox_id IN (
                SELECT outbox_id FROM outbox WHERE status IN ('Pending', 'Sending') AND next_attempt_at <= $now
                ORDER BY next_attempt_at LIMIT $limit)
            RETURNING {Columns};
            """,
            command => command.With("$lease", leaseUntil).With("$token", Guid.NewGuid().ToString("N")).With("$now", now).With("$limit", limit),
            Read,
            cancellationToken);

    public Task<bool> MarkSentAsync(OutboxMessage claimed, string? activityId, DateTimeOffset sentAt, CancellationToken cancellationToken) =>
        UpdateClaimedAsync(
            claimed,
            $"status = 'Sent', sent_at = $sent, sent_activity_id = $activity, last_error_code = NULL, {ForgetCard}",
            command => command.With("$sent", sentAt).With("$activity", activityId),
            cancellationToken);

    public Task<bool> MarkRetryAsync(OutboxMessage claimed, DateTimeOffset nextAttemptAt, string errorCode, bool conversationRecreated, CancellationToken cancellationToken) =>
        UpdateClaimedAsync(
            claimed,
            "status = 'Pending', next_attempt_at = $next, last_error_code = $code, conversation_recreated = $recreated",
            command => command.With("$next", nextAttemptAt).With("$code", errorCode).With("$recreated", conversationRecreated),
            cancellationToken);

    public Task<bool> ReleaseAsync(OutboxMessage claimed, DateTimeOffset dueAt, CancellationToken cancellationToken) =>
        UpdateClaimedAsync(
            claimed,
            "status = 'Pending', next_attempt_at = $next, attempts = max(attempts - 1, 0), conversation_recreated = $recreated",
            command => command.With("$next", dueAt).With("$recreated", claimed.ConversationRecreated),
            cancellationToken);

    public Task<bool> MarkFailedAsync(OutboxMessage claimed, string errorCode, CancellationToken cancellationToken) =>
        UpdateClaimedAsync(claimed, $"status = 'Failed', last_error_code = $code, {ForgetCard}", command => command.With("$code", errorCode), cancellationToken);

    public Task<bool> MarkUnreachableAsync(OutboxMessage claimed, string errorCode, CancellationToken cancellationToken) =>
        UpdateClaimedAsync(claimed, $"status = 'Unreachable', last_error_code = $code, {ForgetCard}", command => command.With("$code", errorCode), cancellationToken);

    public Task<bool> MarkSkippedAsync(OutboxMessage claimed, string reasonCode, CancellationToken cancellationToken) =>
        UpdateClaimedAsync(claimed, $"status = 'Skipped', last_error_code = $code, {ForgetCard}", command => command.With("$code", reasonCode), cancellationToken);

    public async Task<bool> CancelPendingAsync(string idempotencyKey, string reasonCode, CancellationToken cancellationToken) =>
        await database.ExecuteAsync(
            $"UPDATE outbox SET status = 'Skipped', last_error_code = $code, {ForgetCard} WHERE idempotency_key = $key AND status = 'Pending';",
            command => command.With("$key", idempotencyKey).With("$code", reasonCode),
            cancellationToken) > 0;

    public async Task<bool> ReplacePendingCardAsync(string idempotencyKey, string cardJson, CancellationToken cancellationToken) =>
        await database.ExecuteAsync(
            "UPDATE outbox SET card_json = $card WHERE idempotency_key = $key AND status = 'Pending';",
            command => command.With("$key", idempotencyKey).With("$card", cardJson),
            cancellationToken) > 0;

    public async Task<bool> ReplacePendingCardAsync(string idempotencyKey, string cardJson, DateTimeOffset dueAt, CancellationToken cancellationToken) =>
        await database.ExecuteAsync(
            "UPDATE outbox SET card_json = $card, next_attempt_at = $next WHERE idempotency_key = $key AND status = 'Pending';",
            command => command.With("$key", idempotencyKey).With("$card", cardJson).With("$next", dueAt),
            cancellationToken) > 0;

    public async Task<bool> MovePendingAsync(string idempotencyKey, string channelConversationId, DateTimeOffset dueAt, CancellationToken cancellationToken) =>
        await database.ExecuteAsync(
            "UPDATE outbox SET channel_conversation_id = $channel, next_attempt_at = $next WHERE idempotency_key = $key AND status = 'Pending';",
            command => command.With("$key", idempotencyKey).With("$channel", channelConversationId).With("$next", dueAt),
            cancellationToken) > 0;

    public async Task<DeliveryCounts> CountAsync(string cycleId, CancellationToken cancellationToken)
    {
        var byStatus = await database.QueryListAsync(
            "SELECT status, COUNT(*) FROM outbox WHERE cycle_id = $cycle GROUP BY status;",
            command => command.With("$cycle", cycleId),
            reader => (Status: Enum.Parse<OutboxStatus>(reader.GetString(0)), Count: reader.GetInt32(1)),
            cancellationToken);
        return DeliveryCounts.From(byStatus.ToDictionary(row => row.Status, row => row.Count));
    }

    public Task<OutboxMessage?> FindAsync(string idempotencyKey, CancellationToken cancellationToken) =>
        database.QueryFirstAsync<OutboxMessage?>(
            $"SELECT {Columns} FROM outbox WHERE idempotency_key = $key;",
            command => command.With("$key", idempotencyKey),
            Read,
            cancellationToken);

    public Task<DateTimeOffset?> NextDueAtAsync(CancellationToken cancellationToken) =>
        database.QueryFirstAsync<DateTimeOffset?>(
            "SELECT MIN(next_attempt_at) FROM outbox WHERE status IN ('Pending', 'Sending');",
            _ => { },
            reader => reader.GetNullableTime(0),
            cancellationToken);

    private async Task<bool> UpdateClaimedAsync(OutboxMessage claimed, string set, Action<SqliteCommand> bind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claimed);
        return await database.ExecuteAsync(
            $"UPDATE outbox SET {set}, claim_token = NULL WHERE outbox_id = $id AND status = 'Sending' AND claim_token = $token;",
            command =>
            {
                bind(command);
                command.With("$id", claimed.OutboxId).With("$token", claimed.ClaimToken);
            },
            cancellationToken) == 1;
    }

    private static OutboxMessage Read(SqliteDataReader reader) => new()
    {
        OutboxId = reader.GetString(0),
        CycleId = reader.GetString(1),
        RecipientId = reader.GetString(2),
        TenantId = reader.GetString(3),
        Kind = reader.GetString(4),
        CardJson = reader.GetString(5),
        Status = Enum.Parse<OutboxStatus>(reader.GetString(6)),
        Attempts = reader.GetInt32(7),
        NextAttemptAt = reader.GetTime(8),
        LastErrorCode = reader.GetNullableString(9),
        ConversationRecreated = reader.GetInt32(10) != 0,
        CreatedAt = reader.GetTime(11),
        SentAt = reader.GetNullableTime(12),
        SentActivityId = reader.GetNullableString(13),
        ClaimToken = reader.GetNullableString(14),
        ChannelConversationId = reader.GetNullableString(15),
        WriterId = reader.GetNullableString(16),
        WriterAadObjectId = reader.GetNullableString(17),
    };
}
