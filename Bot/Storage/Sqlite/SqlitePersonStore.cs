using OutcomesBot.Dialogs.People;

namespace OutcomesBot.Bot.Storage.Sqlite;

/// <summary>People in SQLite.</summary>
public sealed class SqlitePersonStore(SqliteDatabase database) : IPersonStore
{
    public async Task UpsertAsync(Person person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO people (teams_user_id, aad_object_id, name, tenant_id, time_zone, first_seen_at, last_seen_at)
            VALUES ($id, $aad, $name, $tenant, $zone, $seen, $seen)
            ON CONFLICT (teams_user_id) DO UPDATE SET
                aad_object_id = COALESCE(excluded.aad_object_id, aad_object_id),
                name = COALESCE(excluded.name, name),
                tenant_id = COALESCE(excluded.tenant_id, tenant_id),
                time_zone = COALESCE(excluded.time_zone, time_zone),
                last_seen_at = MAX(last_seen_at, excluded.last_seen_at);
            """;
        command.With("$id", person.TeamsUserId).With("$aad", person.AadObjectId).With("$name", person.Name)
            .With("$tenant", person.TenantId).With("$zone", person.TimeZone).With("$seen", person.LastSeenAt);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<Person?> GetAsync(string teamsUserId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT teams_user_id, aad_object_id, name, tenant_id, time_zone, first_seen_at, last_seen_at
            FROM people WHERE teams_user_id = $id;
            """;
        command.With("$id", teamsUserId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new Person
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
}
