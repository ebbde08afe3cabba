using OutcomesBot.Bot.Storage.Sqlite;

namespace OutcomesBot.Bot.Tests.PersonalData;

/// <summary>
/// Reads the bot's SQLite schema as it is, not as the stores say it is: every table, the columns that name a person,
/// and any text anywhere. A table added later with a person column is found without anyone listing it here.
/// </summary>
public static class SchemaScan
{
    private static readonly string[] PersonColumnNames = ["person_id", "teams_user_id", "recipient_id", "user_id", "aad_object_id", "members"];

    // Who did something (leader_id, author_aad_object_id, starter_..., updated_by) is as personal as whose row it is.
    private static readonly string[] PersonPrefixes = ["leader_", "author_", "starter_", "member_", "owner_"];
    private static readonly string[] PersonSuffixes = ["_person_id", "_user_id", "_aad_object_id", "_leader_id", "_author_id", "_member_id", "_by"];

    public static bool IsPersonColumn(string column) =>
        PersonColumnNames.Contains(column, StringComparer.OrdinalIgnoreCase)
        || PersonPrefixes.Any(prefix => column.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        || PersonSuffixes.Any(suffix => column.EndsWith(suffix, StringComparison.OrdinalIgnoreCase));

    public static async Task<IReadOnlyList<string>> TablesAsync(SqliteDatabase database, CancellationToken cancellationToken) =>
        await database.QueryListAsync(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name;", _ => { }, reader => reader.GetString(0), cancellationToken);

    public static async Task<IReadOnlyList<string>> ColumnsAsync(SqliteDatabase database, string table, CancellationToken cancellationToken) =>
        await database.QueryListAsync($"SELECT name FROM pragma_table_info('{table}');", _ => { }, reader => reader.GetString(0), cancellationToken);

    /// <summary>Every (table, person column) pair in the schema.</summary>
    public static async Task<IReadOnlyList<(string Table, string Column)>> PersonColumnsAsync(SqliteDatabase database, CancellationToken cancellationToken)
    {
        var found = new List<(string, string)>();
        foreach (var table in await TablesAsync(database, cancellationToken))
        {
            found.AddRange((await ColumnsAsync(database, table, cancellationToken)).Where(IsPersonColumn).Select(column => (table, column)));
        }

        return found;
    }

    /// <summary>Rows whose column is one of <paramref name="ids"/> or lists it among comma-separated ids, in any case.</summary>
    public static async Task<long> CountAsync(SqliteDatabase database, string table, string column, IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        long total = 0;
        foreach (var id in ids)
        {
            total += await database.QueryFirstAsync($"SELECT COUNT(*) FROM {table} WHERE ',' || CAST({column} AS TEXT) || ',' LIKE '%,' || $id || ',%';", command => command.Parameters.AddWithValue("$id", id), reader => reader.GetInt64(0), cancellationToken);
        }

        return total;
    }

    public static async Task<long> CountAllAsync(SqliteDatabase database, string table, CancellationToken cancellationToken) =>
        await database.QueryFirstAsync($"SELECT COUNT(*) FROM {table};", _ => { }, reader => reader.GetInt64(0), cancellationToken);

    /// <summary>"table.column" for every stored text value, in any table, that contains <paramref name="text"/>.</summary>
    public static async Task<IReadOnlyList<string>> WhereTextAppearsAsync(SqliteDatabase database, string text, CancellationToken cancellationToken)
    {
        var found = new List<string>();
        foreach (var table in await TablesAsync(database, cancellationToken))
        {
            foreach (var column in await ColumnsAsync(database, table, cancellationToken))
            {
                var count = await database.QueryFirstAsync(
                    $"SELECT COUNT(*) FROM {table} WHERE CAST({column} AS TEXT) LIKE '%' || $text || '%';",
                    command => command.Parameters.AddWithValue("$text", text), reader => reader.GetInt64(0), cancellationToken);
                if (count > 0)
                {
                    found.Add($"{table}.{column}");
                }
            }
        }

        return found;
    }
}
