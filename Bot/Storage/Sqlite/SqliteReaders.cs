using Microsoft.Data.Sqlite;

namespace OutcomesBot.Bot.Storage.Sqlite;

/// <summary>
/// A few read connections kept open with their commands prepared (<see cref="PreparedCommands"/>, decision 033), lent
/// to one query at a time. A query that fails gives its connection up rather than back. A reader holds no transaction
/// between queries (every data reader is disposed before the connection is given back), so it never holds back a
/// checkpoint of the write-ahead log.
/// </summary>
internal sealed class SqliteReaders(Func<bool, CancellationToken, Task<SqliteConnection>> open, Action<SqliteConnection, bool> useFor) : IDisposable
{
    // Reads run synchronously inside the driver, each on a thread-pool thread, and at saturation the pool ran ten threads
    // (dotnet-counters), so more than four reads can be running at once. With four kept, the rest opened a connection,
    // prepared their statement again for one query and closed it (decision 043). Each kept reader holds its own page
    // cache, so this stays small (the soak's peak was 195 MB with twelve); a query beyond it still opens and closes a
    // connection.
    private const int Kept = 12;

    // A plain stack under a lock held for a push or a pop: ConcurrentBag's Count took every one of its per-thread locks on
    // each give-back, and its thread-local lists suit a thread that takes back what it gave, which an async turn is not.
    private readonly Stack<SqliteConnection> _idle = new(Kept);
    private readonly Lock _gate = new();
    private bool _disposed;

    public async Task<T> ReadAsync<T>(bool forTurn, Func<SqliteConnection, Task<T>> read, CancellationToken cancellationToken)
    {
        if (TryTakeIdle() is { } connection)
        {
            useFor(connection, forTurn);
        }
        else
        {
            connection = await open(forTurn, cancellationToken);
            PreparedCommands.Keep(connection);
        }

        var giveBack = false;
        try
        {
            var result = await read(connection);
            giveBack = true;
            return result;
        }
        finally
        {
            if (!(giveBack && TryGiveBack(connection)))
            {
                PreparedCommands.Close(connection);
            }
        }
    }

    public void Dispose()
    {
        SqliteConnection[] idle;
        lock (_gate)
        {
            _disposed = true;
            idle = [.. _idle];
            _idle.Clear();
        }

        foreach (var connection in idle)
        {
            PreparedCommands.Close(connection);
        }
    }

    private SqliteConnection? TryTakeIdle()
    {
        lock (_gate)
        {
            return _idle.TryPop(out var connection) ? connection : null;
        }
    }

    private bool TryGiveBack(SqliteConnection connection)
    {
        lock (_gate)
        {
            if (_disposed || _idle.Count >= Kept)
            {
                return false;
            }

            _idle.Push(connection);
            return true;
        }
    }
}
