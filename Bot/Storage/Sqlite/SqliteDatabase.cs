using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using OutcomesBot.Bot.Turns;

namespace OutcomesBot.Bot.Storage.Sqlite;

/// <summary>
/// Opens connections to the bot's SQLite file, creating its folder on first use. Every connection commits with
/// <c>synchronous = NORMAL</c> (WAL): a commit survives a crash of the process, not a power cut before the next
/// checkpoint (decision 022). Writers of this process take turns through an async gate instead of colliding in SQLite,
/// whose busy retry in Microsoft.Data.Sqlite sleeps a thread-pool thread for 150 ms a time; <c>busy_timeout</c> covers
/// writers outside the gate (another process, or code that opened a plain connection). Single-statement writes share
/// commits (<see cref="SqliteGroupCommit"/>, decision 029); a store's own transaction holds the gate alone. The group
/// commit's connection and a few readers stay open with their statements prepared (decision 033).
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA2213", Justification = "The gate's AvailableWaitHandle is never used, so it holds nothing to dispose; a lease may still release it while the host shuts down.")]
public sealed class SqliteDatabase : IDisposable
{
    public const string FileName = "outcomesbot.db";

    /// <summary>SQLite's own checkpoint threshold in pages (about 40 MB of log; SQLite's default is 1,000).</summary>
    internal const int AutoCheckpointPages = 10_000;

    /// <summary>The page cache of each connection handle but the group commit's writer, in KB.</summary>
    internal const int CachePerHandleKb = 512;

    /// <summary>The page cache of the group commit's writer, in KB (SQLite's default).</summary>
    internal const int WriterCacheKb = 2048;

    private readonly string _connectionString;
    private readonly int _turnBusySeconds;
    private readonly int _jobBusySeconds;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly SqliteGroupCommit _groupCommit;
    private readonly SqliteReaders _readers;

    // Pooled connections keep their native handle, and PRAGMAs stay set on it: set them once per handle, not per open.
    private readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> _configured = [];

    public SqliteDatabase(IOptions<StorageOptions> options, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        (FilePath, _connectionString) = SqliteFile.InDataDirectory(options.Value, environment, FileName);
        _turnBusySeconds = (int)options.Value.TurnBusyTimeout.TotalSeconds;
        _jobBusySeconds = new SqliteConnectionStringBuilder(_connectionString).DefaultTimeout;
        _groupCommit = new SqliteGroupCommit(_writeGate, OpenWriterAsync, UseFor);
        _readers = new SqliteReaders(OpenAsync, UseFor);
    }

    public string FilePath { get; }

    /// <summary>Group commits made so far: how many transactions the single-statement writes took.</summary>
    internal long GroupCommits => _groupCommit.Commits;

    /// <summary>
    /// Runs one statement, committed with whatever other single-statement writes are waiting (group commit, decision
    /// 029); <paramref name="bind"/> sets its parameters. Returns the rows changed, once they are committed.
    /// </summary>
    public Task<int> ExecuteAsync(string sql, Action<SqliteCommand> bind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bind);
        return WriteAsync(async (connection, token) =>
        {
            var command = PreparedCommands.Rent(connection, sql);
            try
            {
                bind(command);
                return await command.ExecuteNonQueryAsync(token);
            }
            finally
            {
                await PreparedCommands.ReturnAsync(connection, command);
            }
        }, cancellationToken);
    }

    /// <summary>True when the turn on this flow holds its writes to this file for its completion's commit (decision 042).</summary>
    public bool HoldsTurnWrites => SqliteHeldWrites.Current(this) is not null;

    /// <summary>
    /// Runs one statement like <see cref="ExecuteAsync"/>, except in a claimed turn: there it is held and committed with the
    /// turn's completion, in the same transaction (decision 042), and the task completes at once. Use it only for a write
    /// whose result the turn does not need and whose row the turn does not read back.
    /// </summary>
    public Task WriteWithTurnAsync(string sql, Action<SqliteCommand> bind, CancellationToken cancellationToken)
    {
        if (SqliteHeldWrites.Current(this) is not { } held)
        {
            return ExecuteAsync(sql, bind, cancellationToken);
        }

        held.Add(sql, bind);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Runs <paramref name="write"/> in the next group commit and returns its result once that commit is done. It gets the
    /// batch's connection inside an open transaction: it makes at most one statement that changes rows (a failed statement
    /// is undone alone; a second one would leave the first stored), may read, and must not begin or end a transaction.
    /// </summary>
    public Task<T> WriteAsync<T>(Func<SqliteConnection, CancellationToken, Task<T>> write, CancellationToken cancellationToken) =>
        _groupCommit.WriteAsync(write, TurnScope.Current is null ? null : TimeSpan.FromSeconds(_turnBusySeconds), cancellationToken);

    /// <summary>Runs a query and maps its first row with <paramref name="read"/>, or returns default when there is none.</summary>
    public Task<T?> QueryFirstAsync<T>(string sql, Action<SqliteCommand> bind, Func<SqliteDataReader, T> read, CancellationToken cancellationToken) =>
        _readers.ReadAsync(TurnScope.Current is not null, connection => FirstAsync(connection, sql, bind, read, cancellationToken), cancellationToken);

    /// <summary>Runs a statement that writes and returns rows (<c>RETURNING</c>) and maps its first row, or returns default.</summary>
    public Task<T?> WriteReturningFirstAsync<T>(string sql, Action<SqliteCommand> bind, Func<SqliteDataReader, T> read, CancellationToken cancellationToken) =>
        WriteAsync((connection, token) => FirstAsync(connection, sql, bind, read, token), cancellationToken);

    /// <summary>Runs a query and maps every row with <paramref name="read"/>.</summary>
    public Task<IReadOnlyList<T>> QueryListAsync<T>(string sql, Action<SqliteCommand> bind, Func<SqliteDataReader, T> read, CancellationToken cancellationToken) =>
        _readers.ReadAsync(TurnScope.Current is not null, connection => ListAsync(connection, sql, bind, read, cancellationToken), cancellationToken);

    /// <summary>Runs a statement that writes and returns rows (<c>RETURNING</c>) and maps every row.</summary>
    public Task<IReadOnlyList<T>> WriteReturningListAsync<T>(string sql, Action<SqliteCommand> bind, Func<SqliteDataReader, T> read, CancellationToken cancellationToken) =>
        WriteAsync((connection, token) => ListAsync(connection, sql, bind, read, token), cancellationToken);

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

    public Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => OpenAsync(TurnScope.Current is not null, cancellationToken);

    private async Task<SqliteConnection> OpenWriterAsync(bool forTurn, CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(forTurn, cancellationToken);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = $"PRAGMA cache_size = -{WriterCacheKb};";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    private async Task<SqliteConnection> OpenAsync(bool forTurn, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            PooledCheckout.Open(connection, cancellationToken);
            await ConfigureOnceAsync(connection, cancellationToken);

            UseFor(connection, forTurn);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Copies the WAL into the database file without taking the write lock (<c>PRAGMA wal_checkpoint(PASSIVE)</c>): writers
    /// go on appending meanwhile. Returns the frames in the log and how many of them are now in the file.
    /// </summary>
    public async Task<(long LogFrames, long Checkpointed)> CheckpointAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(forTurn: false, cancellationToken);
        // A checkpoint that meets a busy file gives up within a second (no native busy wait; the driver's own retries stop at
        // the command timeout): the next one tries again, and a background loop must not sleep through a job's long timeout.
        // The next open of this pooled handle sets its busy timeout again (UseFor).
        SQLitePCL.raw.sqlite3_busy_timeout(connection.Handle, 0);
        await using var command = connection.CreateCommand();
        command.CommandTimeout = 1;
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (reader.GetInt64(1), reader.GetInt64(2)) : (0, 0);
    }

    /// <summary>
    /// <see cref="CheckpointAsync"/> with this process's writers held at the gate: with nothing appended meanwhile, the
    /// checkpoint can move the whole log, and only a log moved whole lets the next writer start it again from its first
    /// frame. Returns null when the gate stayed busy for a second.
    /// </summary>
    public async Task<(long LogFrames, long Checkpointed)?> CheckpointWholeLogAsync(CancellationToken cancellationToken)
    {
        if (!await _writeGate.WaitAsync(TimeSpan.FromSeconds(1), cancellationToken))
        {
            return null;
        }

        try
        {
            return await CheckpointAsync(cancellationToken);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public void Dispose()
    {
        _readers.Dispose();
        _groupCommit.Dispose();
    }

    // On a turn's path a busy file is waited on briefly, so the turn still answers within Teams' time (decision 019).
    // The native busy handler is set on every use (one call, no statement): a handle last used by a job would otherwise
    // keep the job's long wait, and SQLite would sleep inside the step for all of it.
    private void UseFor(SqliteConnection connection, bool forTurn)
    {
        connection.DefaultTimeout = forTurn ? _turnBusySeconds : _jobBusySeconds;
        SQLitePCL.raw.sqlite3_busy_timeout(connection.Handle, connection.DefaultTimeout * 1000);
    }

    private async Task ConfigureOnceAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        if (connection.Handle is not { } handle || _configured.TryGetValue(handle, out _))
        {
            return;
        }

        await using var pragmas = connection.CreateCommand();
        // SQLite's own checkpoint runs inside the COMMIT that crosses its threshold, holding the write gate; the
        // background checkpoint (SqliteCheckpoints) does the work every second, and this threshold is only its safety net.
        // Each handle (the kept readers, the checkpoints', any pooled one opened when the readers are all busy) keeps its
        // own page cache up to its high-water mark. A reader's is emptied whenever the log has moved on, so 512 KB (SQLite's
        // default is 2 MB) holds a query's path through the B-trees; the group commit's writer keeps SQLite's default
        // (WriterCacheKb), since it alone writes and its cache stays good (decision 044).
        pragmas.CommandText = $"PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = {AutoCheckpointPages}; PRAGMA cache_size = -{CachePerHandleKb};";
        await pragmas.ExecuteNonQueryAsync(cancellationToken);
        _configured.AddOrUpdate(handle, handle);
    }

    private static Task<T?> FirstAsync<T>(SqliteConnection connection, string sql, Action<SqliteCommand> bind, Func<SqliteDataReader, T> read, CancellationToken cancellationToken) =>
        ReadRowsAsync<T, T?>(connection, sql, bind, read, static async (reader, map, token) => await reader.ReadAsync(token) ? map(reader) : default, cancellationToken);

    private static Task<IReadOnlyList<T>> ListAsync<T>(SqliteConnection connection, string sql, Action<SqliteCommand> bind, Func<SqliteDataReader, T> read, CancellationToken cancellationToken) =>
        ReadRowsAsync<T, IReadOnlyList<T>>(connection, sql, bind, read, static async (reader, map, token) =>
        {
            var rows = new List<T>();
            while (await reader.ReadAsync(token))
            {
                rows.Add(map(reader));
            }

            return rows;
        }, cancellationToken);

    // The statement is prepared once per connection and handed back after use (decision 033); rows maps what it reads.
    private static async Task<TResult> ReadRowsAsync<T, TResult>(
        SqliteConnection connection,
        string sql,
        Action<SqliteCommand> bind,
        Func<SqliteDataReader, T> read,
        Func<SqliteDataReader, Func<SqliteDataReader, T>, CancellationToken, Task<TResult>> rows,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bind);
        ArgumentNullException.ThrowIfNull(read);
        var command = PreparedCommands.Rent(connection, sql);
        try
        {
            bind(command);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await rows(reader, read, cancellationToken);
        }
        finally
        {
            await PreparedCommands.ReturnAsync(connection, command);
        }
    }
}
