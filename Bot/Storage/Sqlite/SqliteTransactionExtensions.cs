using Microsoft.Data.Sqlite;

namespace OutcomesBot.Bot.Storage.Sqlite;

/// <summary>
/// Writes of several statements that must be stored all or not at all: a store's own transaction on a write lease,
/// which holds this process's write gate alone (see <see cref="SqliteDatabase.OpenForWriteAsync"/>).
/// </summary>
public static class SqliteTransactionExtensions
{
    /// <summary>
    /// Runs <paramref name="write"/> with one command enlisted in a new transaction, and commits once it returns; if it
    /// throws, nothing it wrote is kept.
    /// </summary>
    public static async Task<T> InTransactionAsync<T>(
        this SqliteDatabase database, Func<SqliteCommand, CancellationToken, Task<T>> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(write);
        await using var lease = await database.OpenForWriteAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await lease.Connection.BeginTransactionAsync(cancellationToken);
        await using var command = lease.Connection.CreateCommand();
        command.Transaction = transaction;
        var result = await write(command, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>
    /// Runs the insert <paramref name="sql"/> once per row, <paramref name="bind"/> setting its parameters, in one
    /// transaction; returns how many rows it added (an insert that does nothing on conflict adds none).
    /// </summary>
    public static Task<int> InsertEachAsync<T>(
        this SqliteDatabase database, string sql, IReadOnlyList<T> rows, Action<SqliteCommand, T> bind, CancellationToken cancellationToken) =>
        database.ExecuteEachAsync(sql, rows, bind, cancellationToken);

    /// <summary>
    /// Runs the insert, update or delete <paramref name="sql"/> once per row, <paramref name="bind"/> setting its
    /// parameters, in one transaction; returns how many rows the statements changed in all.
    /// </summary>
    public static Task<int> ExecuteEachAsync<T>(
        this SqliteDatabase database, string sql, IReadOnlyList<T> rows, Action<SqliteCommand, T> bind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(bind);
        return database.InTransactionAsync(async (command, token) =>
        {
            command.CommandText = sql;
            var added = 0;
            foreach (var row in rows)
            {
                command.Parameters.Clear();
                bind(command, row);
                added += await command.ExecuteNonQueryAsync(token);
            }

            return added;
        }, cancellationToken);
    }
}
