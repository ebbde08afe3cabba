using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using OutcomesBot.Dialogs.MyData;

namespace OutcomesBot.Bot.Storage.Sqlite.PersonalData;

/// <summary>
/// A store's personal data in SQLite, described by the tables it spans. The export is every column of the person's
/// rows (nothing summarised away); delete and purge run in one transaction, in the order the tables are listed. A row
/// the delete keeps (<see cref="SqlitePersonalRows.KeepWhere"/>) is bared in that same transaction, never deleted, so
/// no crash can lose it (decision 084).
/// </summary>
public sealed class SqlitePersonalDataSource(SqliteDatabase database, string name, IReadOnlyList<SqlitePersonalRows> tables, TimeProvider time) : IPersonalDataSource
{
    public string Name { get; } = name;

    public IReadOnlyList<SqlitePersonalRows> Tables { get; } = tables;

    public async Task<JsonNode?> ExportAsync(PersonIdentity person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        await using var connection = await database.OpenAsync(cancellationToken);
        var export = new JsonObject();
        // A part with no export name copies what another part exports (as on Azure): deleted, never listed twice.
        foreach (var rows in Tables.Where(rows => rows.ExportName.Length > 0))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {rows.Table} WHERE {rows.PersonFilter};";
            BindPerson(command, person);
            var list = await ReadRowsAsync(command, cancellationToken);
            if (list.Count > 0)
            {
                export[rows.ExportName] = list;
            }
        }

        return export.Count > 0 ? export : null;
    }

    public Task<int> DeleteAsync(PersonIdentity person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var now = time.GetUtcNow();
        return DeleteEachAsync([.. Tables.SelectMany(DeleteStatements)], command => BindPerson(command, person).With("$now", now), cancellationToken);
    }

    public Task<int> PurgeBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        DeleteEachAsync(
            [.. Tables.Where(rows => rows.RetentionFilter is not null).Select(rows => ($"DELETE FROM {rows.Table} WHERE {rows.RetentionFilter};", true))],
            command => command.With("$cutoff", cutoff),
            cancellationToken);

    // The kept rows are bared first (when there is anything to bare) and not counted as removed; the delete then leaves them.
    private static IEnumerable<(string Sql, bool Counted)> DeleteStatements(SqlitePersonalRows rows)
    {
        var filter = rows.PersonFilter;
        if (rows.KeepWhere is { } keep)
        {
            if (rows.KeepSet is { } bare)
            {
                yield return ($"UPDATE {rows.Table} SET {bare} WHERE {filter} AND {keep};", false);
            }

            filter = $"{filter} AND NOT {keep}";
        }

        yield return (rows.UnlinkSet is null ? $"DELETE FROM {rows.Table} WHERE {filter};" : $"UPDATE {rows.Table} SET {rows.UnlinkSet} WHERE {filter};", true);
    }

    private async Task<int> DeleteEachAsync(IReadOnlyList<(string Sql, bool Counted)> statements, Action<SqliteCommand> bind, CancellationToken cancellationToken)
    {
        if (statements.Count == 0)
        {
            return 0;
        }

        var removed = 0;
        await using var lease = await database.OpenForWriteAsync(cancellationToken);
        var connection = lease.Connection;
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        foreach (var (sql, counted) in statements)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            bind(command);
            var changed = await command.ExecuteNonQueryAsync(cancellationToken);
            removed += counted ? changed : 0;
        }

        await transaction.CommitAsync(cancellationToken);
        return removed;
    }

    private static SqliteCommand BindPerson(SqliteCommand command, PersonIdentity person) =>
        command.With("$teams", person.TeamsUserId).With("$aad", string.IsNullOrWhiteSpace(person.AadObjectId) ? null : person.AadObjectId);

    private static async Task<JsonArray> ReadRowsAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var list = new JsonArray();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = new JsonObject();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[reader.GetName(i)] = reader.IsDBNull(i) ? null : ToNode(Unpacked(reader.GetValue(i)));
            }

            list.Add(row);
        }

        return list;
    }

    // A stored card answer kept compressed (decision 036) is exported as the card it holds.
    private static object Unpacked(object value) =>
        value is string text && OutcomesBot.Bot.Turns.StoredReplyPacking.IsPacked(text) && OutcomesBot.Bot.Turns.StoredReplyPacking.Unpack(text) is { } json ? json : value;

    // Columns holding JSON (answers, card JSON, stored responses) are exported as JSON, so the file reads naturally.
    private static JsonNode? ToNode(object value) => value switch
    {
        string text when text.Length > 1 && text[0] is '{' or '[' => TryParse(text) ?? JsonValue.Create(text),
        string text => JsonValue.Create(text),
        long number => JsonValue.Create(number),
        double number => JsonValue.Create(number),
        byte[] bytes => JsonValue.Create(Convert.ToBase64String(bytes)),
        _ => JsonValue.Create(value.ToString()),
    };

    private static JsonNode? TryParse(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
