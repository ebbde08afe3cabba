using Microsoft.Data.Sqlite;

namespace OutcomesBot.Bot.Storage.Sqlite;

/// <summary>People in SQLite.</summary>
public sealed class SqlitePersonStore(SqliteDatabase database) : IPersonStore
{
    public Task UpsertAsync(Person person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        // As for conversations: an unchanged person is not rewritten on every turn, only when last seen is stale.
        const string sql = """
            INSERT INTO people (teams_user_id, aad_object_id, name, tenant_id, time_zone, first_seen_at, last_seen_at)
            VALUES ($id, $aad, $name, $tenant, $zone, $seen, $seen)
            ON CONFLICT (teams_user_id) DO UPDATE SET
                aad_object_id = COALESCE(excluded.aad_object_id, aad_object_id),
                name = COALESCE(excluded.name, name),
                tenant_id = COALESCE(excluded.tenant_id, tenant_id),
                time_zone = COALESCE(excluded.time_zone, time_zone),
                last_seen_at = MAX(last_seen_at, excluded.last_seen_at)
            WHERE (excluded.aad_object_id IS NOT NULL AND aad_object_id IS NOT excluded.aad_object_id)
                OR (excluded.name IS NOT NULL AND name IS NOT excluded.name)
                OR (excluded.tenant_id IS NOT NULL AND tenant_id IS NOT excluded.tenant_id)
                OR (excluded.time_zone IS NOT NULL AND time_zone IS NOT excluded.time_zone)
                OR last_seen_at < $refreshBefore;
            """;
        const string unchanged = """
            SELECT 1 FROM people WHERE teams_user_id = $id
                AND ($aad IS NULL OR aad_object_id IS $aad) AND ($name IS NULL OR name IS $name)
                AND ($tenant IS NULL OR tenant_id IS $tenant) AND ($zone IS NULL OR time_zone IS $zone)
                AND last_seen_at >= $refreshBefore;
            """;
        return SightingRefresh.WriteUnlessUnchangedAsync(database, unchanged, sql, command => command
            .With("$id", person.TeamsUserId).With("$aad", person.AadObjectId).With("$name", person.Name)
            .With("$tenant", person.TenantId).With("$zone", person.TimeZone).With("$seen", person.LastSeenAt)
            .With("$refreshBefore", person.LastSeenAt - SightingRefresh.Interval), cancellationToken);
    }

    public Task<Person?> GetAsync(string teamsUserId, CancellationToken cancellationToken) =>
        database.QueryFirstAsync<Person?>($"SELECT {Columns} FROM people WHERE teams_user_id = $id;", command => command.With("$id", teamsUserId), Read, cancellationToken);

    public Task<Person?> FindByAadObjectIdAsync(string aadObjectId, CancellationToken cancellationToken) =>
        database.QueryFirstAsync<Person?>(
            $"SELECT {Columns} FROM people WHERE aad_object_id = $aad COLLATE NOCASE ORDER BY last_seen_at DESC LIMIT 1;",
            command => command.With("$aad", aadObjectId), Read, cancellationToken);

    private const string Columns = "teams_user_id, aad_object_id, name, tenant_id, time_zone, first_seen_at, last_seen_at";

    private static Person Read(SqliteDataReader reader) => new()
    {
        TeamsUserId = reader.GetString(0),
        AadObjectId = reader.GetNullableString(1),
        Name = reader.GetNullableString(2),
        TenantId = reader.GetNullableString(3),
        TimeZone = reader.GetNullableString(4),
        FirstSeenAt = reader.GetTime(5),
        LastSeenAt = reader.GetTime(6),
    };
}
