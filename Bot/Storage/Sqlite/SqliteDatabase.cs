using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using OutcomesBot.Bot.Turns;

namespace OutcomesBot.Bot.Storage.Sqlite;

/// <summary>
/// Opens connections to the bot's SQLite file, creating its folder on first use. Every connection commits with
/// <c>synchronous = NORMAL</c> (WAL): a commit survives a crash of the process, not a power cut before the next
/// checkpoint (decision 022). Writers of this process take turns through an async gate instead of colliding in SQLite,
/// whose busy retry in Microsoft.Data.Sqlite sleeps a thread-pool thread for 150 ms a time; <c>busy_timeout</c> covers
/// writers outside the gate (another process, or code that opened a plain connection).
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "The gate's AvailableWaitHandle is never used, so it holds nothing to dispose; a lease may still release it while the host shuts down.")]
public sealed class SqliteDatabase
{
    public const string FileName = "outcomesbot.db";

    private readonly string _connectionString;
    private readonly int _turnBusySeconds;
    private readonly SemaphoreSlim _writeGate = new(1, 1);

    // Pooled connections keep their native handle, and PRAGMAs stay set on it: set them once per handle, not per open.
    private readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> _configured = [];

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
        await using var lease = await OpenForWriteAsync(cancellationToken);
        await using var command = lease.Connection.CreateCommand();
        command.CommandText = sql;
        bind(command);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Runs a query and maps its first row with <paramref name="read"/>, or returns default when there is none.</summary>
    public async Task<T?> QueryFirstAsync<T>(string sql, Action<SqliteCommand> bind, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await FirstAsync(connection, sql, bind, read, cancellationToken);
    }

    /// <summary>Runs a statement that writes and returns rows (<c>RETURNING</c>) and maps its first row, or returns default.</summary>
    public async Task<T?> WriteReturningFirstAsync<T>(string sql, Action<SqliteCommand> bind, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var lease = await OpenForWriteAsync(cancellationToken);
        return await FirstAsync(lease.Connection, sql, bind, read, cancellationToken);
    }

    /// <summary>Runs a query and maps every row with <paramref name="read"/>.</summary>
    public async Task<IReadOnlyList<T>> QueryListAsync<T>(string sql, Action<SqliteCommand> bind, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await ListAsync(connection, sql, bind, read, cancellationToken);
    }

    /// <summary>Runs a statement that writes and returns rows (<c>RETURNING</c>) and maps every row.</summary>
    public async Task<IReadOnlyList<T>> WriteReturningListAsync<T>(string sql, Action<SqliteCommand> bind, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var lease = await OpenForWriteAsync(cancellationToken);
        return await ListAsync(lease.Connection, sql, bind, read, cancellationToken);
    }

    /// <summary>
    /// A connection for statements that write, once no other writer of this process holds one. Open no other
    /// connection for writing while holding it, and keep it only for the writes.
    /// </summary>
    public async Task<SqliteWriteLease> OpenForWriteAsync(CancellationToken cancellationToken)
    {
        // On a turn's path the gate is waited on no longer than a busy file would be: a writer of a job may hold it while
        // it waits on a lock from outside, and the turn must still answer within Teams' time (decision 019).
        if (TurnScope.Current is null)
        {
            await _writeGate.WaitAsync(cancellationToken);
        }
        else if (!await _writeGate.WaitAsync(TimeSpan.FromSeconds(_turnBusySeconds), cancellationToken))
        {
            throw new SqliteException("database is locked (another writer of this process held it too long)", SQLitePCL.raw.SQLITE_BUSY);
        }

        try
        {
            return new SqliteWriteLease(await OpenAsync(cancellationToken), _writeGate);
        }
        catch
        {
            _writeGate.Release();
            throw;
        }
    }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await ConfigureOnceAsync(connection, cancellationToken);

            // On a turn's path a busy file is waited on briefly, so the turn still answers within Teams' time (decision 019).
            // The native busy handler is set on every open (one call, no statement): a pooled handle last used by a job
            // would otherwise keep the job's long wait, and SQLite would sleep inside the step for all of it.
            if (TurnScope.Current is not null)
            {
                connection.DefaultTimeout = _turnBusySeconds;
            }

            SQLitePCL.raw.sqlite3_busy_timeout(connection.Handle, connection.DefaultTimeout * 1000);

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private async Task ConfigureOnceAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        if (connection.Handle is not { } handle || _configured.TryGetValue(handle, out _))
        {
            return;
        }

        await using var pragmas = connection.CreateCommand();
        pragmas.CommandText = "PRAGMA synchronous = NORMAL;";
        await pragmas.ExecuteNonQueryAsync(cancellationToken);
        _configured.AddOrUpdate(handle, handle);
    }

    private static async Task<T?> FirstAsync<T>(SqliteConnection connection, string sql, Action<SqliteCommand> bind, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bind);
        ArgumentNullException.ThrowIfNull(read);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        bind(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? read(reader) : default;
    }

    private static async Task<IReadOnlyList<T>> ListAsync<T>(SqliteConnection connection, string sql, Action<SqliteCommand> bind, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bind);
        ArgumentNullException.ThrowIfNull(read);
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
}
