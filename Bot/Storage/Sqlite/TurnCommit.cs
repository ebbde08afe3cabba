using Microsoft.Data.Sqlite;

namespace OutcomesBot.Bot.Storage.Sqlite;

/// <summary>
/// A turn's held writes and its completion (or the held writes alone, before the turn sends something), run as one entry of a group commit (decision 042). The entry makes several
/// statements, so it runs them inside a savepoint: if one fails, the savepoint is rolled back, so none of the turn's
/// writes stays in the batch's transaction while the other writers' statements are still committed.
/// </summary>
internal static class TurnCommit
{
    public static async Task RunAsync(SqliteConnection connection, IReadOnlyList<(string Sql, Action<SqliteCommand> Bind)> held,
        string? completeSql, Action<SqliteCommand> bindComplete, CancellationToken cancellationToken)
    {
        if (held.Count == 0)
        {
            if (completeSql is not null)
            {
                await ExecuteAsync(connection, completeSql, bindComplete, cancellationToken);
            }

            return;
        }

        await ExecuteAsync(connection, "SAVEPOINT turn;", static _ => { }, cancellationToken);
        try
        {
            foreach (var (sql, bind) in held)
            {
                await ExecuteAsync(connection, sql, bind, cancellationToken);
            }

            if (completeSql is not null)
            {
                await ExecuteAsync(connection, completeSql, bindComplete, cancellationToken);
            }
        }
        catch
        {
            await UndoAsync(connection);
            throw;
        }

        await ExecuteAsync(connection, "RELEASE turn;", static _ => { }, cancellationToken);
    }

    // The batch's transaction goes on for the other writers; only this turn's statements are undone.
    private static async Task UndoAsync(SqliteConnection connection)
    {
        if (SQLitePCL.raw.sqlite3_get_autocommit(connection.Handle) != 0)
        {
            return;
        }

        await ExecuteAsync(connection, "ROLLBACK TO turn;", static _ => { }, CancellationToken.None);
        await ExecuteAsync(connection, "RELEASE turn;", static _ => { }, CancellationToken.None);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, Action<SqliteCommand> bind, CancellationToken cancellationToken)
    {
        var command = PreparedCommands.Rent(connection, sql);
        try
        {
            bind(command);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        finally
        {
            await PreparedCommands.ReturnAsync(connection, command);
        }
    }
}
