using Microsoft.Data.Sqlite;

namespace OutcomesBot.Bot.Storage.Sqlite;

/// <summary>
/// Group commit for single-statement writes (decision 029): writers queue their statement; whoever holds the write
/// gate next runs every queued statement in one transaction and commits once, and each writer's task completes only
/// after that commit. So a turn still answers only once its writes are committed, but many turns' claims, answers and
/// completions share one commit, one WAL append of the pages they touch, and one pass of the gate. The batches run on
/// one connection kept open, whose statements stay prepared (decision 033); a batch that fails closes it.
/// </summary>
/// <remarks>
/// Each queued write makes at most one change-making statement, and SQLite undoes a failed statement on its own
/// while the transaction goes on, so one writer's failure (a constraint) fails only that writer. A failure that rolls
/// back the whole transaction (I/O, disk full), or a failed COMMIT, fails every writer of the batch: none of them is
/// told its write is stored.
/// </remarks>
internal sealed class SqliteGroupCommit(
    SemaphoreSlim gate, Func<bool, CancellationToken, Task<SqliteConnection>> open, Action<SqliteConnection, bool> useFor) : IDisposable
{
    // Bounds how long the first writer of a batch waits for the last one's statement.
    private const int MaxBatch = 64;

    private readonly Queue<IQueuedWrite> _queue = new();
    private long _commits;

    // Used only by whoever holds the gate.
    private SqliteConnection? _connection;

    /// <summary>Batches committed so far (each one SQLite transaction).</summary>
    public long Commits => Interlocked.Read(ref _commits);

    /// <summary>Runs <paramref name="write"/> inside the next group commit and returns its result once committed.</summary>
    public async Task<T> WriteAsync<T>(Func<SqliteConnection, CancellationToken, Task<T>> write, TimeSpan? gateWait, CancellationToken cancellationToken)
    {
        var queued = new QueuedWrite<T>(write, gateWait is not null, cancellationToken);
        lock (_queue)
        {
            _queue.Enqueue(queued);
        }

        bool entered;
        if (gateWait is { } wait)
        {
            entered = await gate.WaitAsync(wait, cancellationToken);
        }
        else
        {
            await gate.WaitAsync(cancellationToken);
            entered = true;
        }

        if (!entered)
        {
            // Ran out of time at the gate: the write is dropped unless a batch has already taken it.
            if (queued.TryAbandon())
            {
                throw new SqliteException("database is locked (another writer of this process held it too long)", SQLitePCL.raw.SQLITE_BUSY);
            }

            return await queued.Result;
        }

        try
        {
            if (!queued.Result.IsCompleted)
            {
                await RunBatchAsync();
            }
        }
        finally
        {
            gate.Release();
        }

        return await queued.Result;
    }

    private async Task RunBatchAsync()
    {
        var batch = Take();
        if (batch.Count == 0)
        {
            return;
        }

        SqliteConnection? connection = null;
        try
        {
            connection = await ConnectionAsync(batch.Exists(write => write.FromTurn));
            await ExecuteAsync(connection, "BEGIN IMMEDIATE;");
            var done = new List<IQueuedWrite>(batch.Count);
            foreach (var write in batch)
            {
                if (await write.RunAsync(connection))
                {
                    done.Add(write);
                }
                else if (IsAutocommit(connection))
                {
                    // The failure took the whole transaction with it: the writes run so far are not stored either.
                    throw new SqliteException("the batch's transaction was rolled back by a failed write", SQLitePCL.raw.SQLITE_ABORT);
                }
            }

            await ExecuteAsync(connection, "COMMIT;");
            Interlocked.Increment(ref _commits);
            done.ForEach(write => write.Committed());
        }
#pragma warning disable CA1031 // Whatever stopped the batch is handed to every writer in it; none is told it is stored.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            batch.ForEach(write => write.Failed(exception));
            await RollBackAsync(connection);
            Drop();
        }
    }

    /// <summary>Closes the kept connection; call only when no batch can run (the host is stopping).</summary>
    public void Dispose()
    {
        if (gate.Wait(TimeSpan.FromSeconds(5)))
        {
            Drop();
            gate.Release();
        }
    }

    private async Task<SqliteConnection> ConnectionAsync(bool forTurn)
    {
        if (_connection is { } kept)
        {
            useFor(kept, forTurn);
            return kept;
        }

        var connection = await open(forTurn, CancellationToken.None);
        PreparedCommands.Keep(connection);
        return _connection = connection;
    }

    // After a failure the next batch starts on a fresh connection, with nothing left over from this one.
    private void Drop()
    {
        if (_connection is { } connection)
        {
            _connection = null;
            PreparedCommands.Close(connection);
        }
    }

    // A pooled handle must not go back with the batch's transaction still open.
    private static async Task RollBackAsync(SqliteConnection? connection)
    {
        if (connection?.Handle is null || IsAutocommit(connection))
        {
            return;
        }

        try
        {
            await ExecuteAsync(connection, "ROLLBACK;");
        }
        catch (SqliteException)
        {
            // Closing the connection rolls back what is left.
        }
    }

    private static bool IsAutocommit(SqliteConnection connection) => SQLitePCL.raw.sqlite3_get_autocommit(connection.Handle) != 0;

    private List<IQueuedWrite> Take()
    {
        var batch = new List<IQueuedWrite>();
        lock (_queue)
        {
            while (batch.Count < MaxBatch && _queue.TryDequeue(out var write))
            {
                if (write.TryTake())
                {
                    batch.Add(write);
                }
            }
        }

        return batch;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        var command = PreparedCommands.Rent(connection, sql);
        try
        {
            await command.ExecuteNonQueryAsync(CancellationToken.None);
        }
        finally
        {
            await PreparedCommands.ReturnAsync(connection, command);
        }
    }
}
