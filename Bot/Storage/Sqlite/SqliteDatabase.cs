using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using OutcomesBot.Bot.Turns;

namespace OutcomesBot.Bot.Storage.Sqlite;

/// <summary>Opens connections to the bot's SQLite file, creating its folder on first use.</summary>
public sealed class SqliteDatabase
{
    public const string FileName = "outcomesbot.db";

    private readonly string _connectionString;
    private readonly int _turnBusySeconds;

    public SqliteDatabase(IOptions<StorageOptions> options, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        (FilePath, _connectionString) = SqliteFile.InDataDirectory(options.Value, environment, FileName);
        _turnBusySeconds = (int)options.Value.TurnBusyTimeout.TotalSeconds;
    }

    public string FilePath { get; }

    /// <summary>Runs one statement; <paramref name="bind"/> sets its parameters. Returns the rows changed.</summary>
    public async Task<int> ExecuteAsync(string sql, Action<SqliteCommand> bind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bind);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        bind(command);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Runs a query and maps its first row with <paramref name="read"/>, or returns default when there is none.</summary>
    public async Task<T?> QueryFirstAsync<T>(string sql, Action<SqliteCommand> bind, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bind);
        ArgumentNullException.ThrowIfNull(read);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        bind(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? read(reader) : default;
    }

    /// <summary>Runs a query and maps every row with <paramref name="read"/>.</summary>
    public async Task<IReadOnlyList<T>> QueryListAsync<T>(string sql, Action<SqliteCommand> bind, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bind);
        ArgumentNullException.ThrowIfNull(read);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        bind(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);

            // On a turn's path a busy file is waited on briefly, so the turn still answers within Teams' time (decision 019).
            if (TurnScope.Current is not null)
            {
                connection.DefaultTimeout = _turnBusySeconds;
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
