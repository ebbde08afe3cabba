using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.Bot.Storage.Sqlite;

/// <summary>People who blocked or removed the bot, in the bot's SQLite file.</summary>
public sealed class SqliteReachability(SqliteDatabase database) : IReachability
{
    public Task MarkUnreachableAsync(string recipientId, string reasonCode, DateTimeOffset at, CancellationToken cancellationToken) =>
        database.ExecuteAsync(
            """
            INSERT INTO unreachable_people (teams_user_id, reason_code, marked_at) VALUES ($user, $reason, $at)
            ON CONFLICT (teams_user_id) DO UPDATE SET reason_code = excluded.reason_code, marked_at = excluded.marked_at;
            """,
            command => command.With("$user", recipientId).With("$reason", reasonCode).With("$at", at),
            cancellationToken);

    public Task MarkReachableAsync(string recipientId, CancellationToken cancellationToken) =>
        database.ExecuteAsync(
            "DELETE FROM unreachable_people WHERE teams_user_id = $user;",
            command => command.With("$user", recipientId),
            cancellationToken);

    public async Task<bool> IsUnreachableAsync(string recipientId, CancellationToken cancellationToken) =>
        await database.QueryFirstAsync(
            "SELECT 1 FROM unreachable_people WHERE teams_user_id = $user;",
            command => command.With("$user", recipientId),
            _ => true,
            cancellationToken);
}
