using Microsoft.Data.Sqlite;

namespace OutcomesBot.Bot.Storage.Sqlite;

/// <summary>People in SQLite.</summary>
public sealed class SqlitePersonStore(SqliteDatabase database) : IPersonStore
{
    // As for conversations (decision 029): an unchanged person is not rewritten on every turn, only when last seen is
    // stale. The row is read whole, so the turn gets the person as stored without reading it again (decision 044). The
    // write applies Person.Merge's rule again in SQL, to the row as it is when written: two sightings at once with
    // different fields both keep theirs (PersonStoreContract), which writing the merged person read before would not.
    private const string UpsertSql = """
        INSERT INTO people (teams_user_id, aad_object_id, name, tenant_id, time_zone, first_seen_at, last_seen_at)
        VALUES ($id, $aad, $name, $tenant, $zone, $seen, $seen)
        ON CONFLICT (teams_user_id) DO UPDATE SET
            aad_object_id = COALESCE(excluded.aad_object_id, aad_object_id),
            name = COALESCE(excluded.name, name),
            tenant_id = COALESCE(excluded.tenant_id, tenant_id),
            time_zone = COALESCE(excluded.time_zone, time_zone),
            last_seen_at = MAX(last_seen_at, excluded.last_seen_at);
        """;

    public async Task<Person> UpsertAsync(Person person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var stored = await GetAsync(person.TeamsUserId, cancellationToken);
        var merged = Person.Merge(stored, person);
        var changesNothing = stored is not null && merged with { LastSeenAt = stored.LastSeenAt } == stored;
        if (changesNothing && stored!.LastSeenAt >= person.LastSeenAt - SightingRefresh.Interval)
        {
            return stored;
        }

        await database.ExecuteAsync(UpsertSql, command => command
            .With("$id", person.TeamsUserId).With("$aad", person.AadObjectId).With("$name", person.Name)
            .With("$tenant", person.TenantId).With("$zone", person.TimeZone).With("$seen", person.LastSeenAt), cancellationToken);
        return merged;
    }

    public Task<Person?> GetAsync(string teamsUserId, CancellationToken cancellationToken) =>
        database.QueryFirstAsync<Person?>($"SELECT {Columns} FROM people WHERE teams_user_id = $id;", command => command.With("$id", teamsUserId), Read, cancellationToken);

    // One query for the lot, the ids as one JSON array: each is a seek on the primary key (decision 092, as 083's preferences).
    public async Task<IReadOnlyDictionary<string, Person>> GetManyAsync(IReadOnlyCollection<string> teamsUserIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(teamsUserIds);
        var ids = teamsUserIds.Distinct(StringComparer.Ordinal).ToList();
        var found = ids.Count == 0 ? [] : await database.QueryListAsync(ManySql, command => command.With("$ids", JsonSerializer.Serialize(ids)), Read, cancellationToken);
        return found.ToDictionary(person => person.TeamsUserId, StringComparer.Ordinal);
    }

    // Seeks the primary key once an id (SqliteIndexUseTests).
    internal const string ManySql = $"SELECT {Columns} FROM people WHERE teams_user_id IN (SELECT value FROM json_each($ids));";

    public Task<Person?> FindByAadObjectIdAsync(string aadObjectId, CancellationToken cancellationToken) =>
        database.QueryFirstAsync<Person?>(ByAadObjectIdSql, command => command.With("$aad", aadObjectId), Read, cancellationToken);

    // Uses an index in NOCASE (SqliteIndexUseTests).
    internal const string ByAadObjectIdSql = $"SELECT {Columns} FROM people WHERE aad_object_id = $aad COLLATE NOCASE ORDER BY last_seen_at DESC LIMIT 1;";

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
