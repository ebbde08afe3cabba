namespace OutcomesBot.Bot.Storage.Sqlite;

/// <summary>The tenant's usual time zones from the people table, most common first.</summary>
public sealed class SqliteTenantTimeZones(SqliteDatabase database) : ITenantTimeZones
{
    public Task<IReadOnlyList<string>> UsualZonesAsync(string tenantId, int limit, CancellationToken cancellationToken) =>
        database.QueryListAsync(
            """
            SELECT time_zone FROM people WHERE tenant_id = $tenant AND time_zone IS NOT NULL
            GROUP BY time_zone ORDER BY COUNT(*) DESC, time_zone LIMIT $limit;
            """,
            command => command.With("$tenant", tenantId).With("$limit", limit),
            reader => reader.GetString(0),
            cancellationToken);
}
