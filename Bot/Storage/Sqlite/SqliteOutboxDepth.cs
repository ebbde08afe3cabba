using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.Bot.Storage.Sqlite;

/// <summary>The outbox counted by status in the bot's SQLite file (one grouped scan of the status column).</summary>
public sealed class SqliteOutboxDepth(SqliteDatabase database) : IOutboxDepth
{
    public async Task<IReadOnlyDictionary<OutboxStatus, int>> CountByStatusAsync(CancellationToken cancellationToken)
    {
        var rows = await database.QueryListAsync(
            "SELECT status, COUNT(*) FROM outbox GROUP BY status;",
            static _ => { },
            reader => (Status: Enum.Parse<OutboxStatus>(reader.GetString(0)), Count: reader.GetInt32(1)),
            cancellationToken);
        return rows.ToDictionary(row => row.Status, row => row.Count);
    }
}
