using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace OutcomesBot.Bot.Storage.Sqlite;

/// <summary>
/// Commands kept prepared on the connections that live as long as the process (the group commit's write connection and
/// the pooled readers, decision 033). Microsoft.Data.Sqlite prepares a command's statement again each time a new
/// command runs it, and the profile of the turn path showed that preparing was an eighth of the running time; a kept
/// command is only rebound and stepped. On any other connection a command is new and disposed after use, as before.
/// </summary>
internal static class PreparedCommands
{
    // Statements are the stores' constant SQL; a store that built its text from data would otherwise grow this without end.
    private const int MaxPerConnection = 256;

    private static readonly ConditionalWeakTable<SqliteConnection, Dictionary<string, SqliteCommand>> Kept = [];

    /// <summary>Marks <paramref name="connection"/> as long-lived: its commands are kept prepared until it is disposed.</summary>
    public static void Keep(SqliteConnection connection) => Kept.AddOrUpdate(connection, new Dictionary<string, SqliteCommand>(StringComparer.Ordinal));

    /// <summary>A command for <paramref name="sql"/> with no parameters bound; give it back with <see cref="ReturnAsync"/>.</summary>
    public static SqliteCommand Rent(SqliteConnection connection, string sql)
    {
        if (!Kept.TryGetValue(connection, out var commands))
        {
            var fresh = connection.CreateCommand();
            fresh.CommandText = sql;
            return fresh;
        }

        if (commands.TryGetValue(sql, out var command))
        {
            command.Parameters.Clear();
            command.CommandTimeout = connection.DefaultTimeout;
            return command;
        }

        if (commands.Count >= MaxPerConnection)
        {
            Forget(commands);
        }

        command = connection.CreateCommand();
        command.CommandText = sql;
        commands.Add(sql, command);
        return command;
    }

    /// <summary>Disposes a command made for a connection that keeps none; a kept one stays prepared for the next turn.</summary>
    public static ValueTask ReturnAsync(SqliteConnection connection, SqliteCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return Kept.TryGetValue(connection, out _) ? ValueTask.CompletedTask : command.DisposeAsync();
    }

    /// <summary>Disposes the kept commands and then the connection itself.</summary>
    public static void Close(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (Kept.TryGetValue(connection, out var commands))
        {
            Forget(commands);
            Kept.Remove(connection);
        }

        connection.Dispose();
    }

    private static void Forget(Dictionary<string, SqliteCommand> commands)
    {
        foreach (var command in commands.Values)
        {
            command.Dispose();
        }

        commands.Clear();
    }
}
