using System.Collections.Concurrent;
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
    // Enough for the turns that read at once on 2 cores; more readers than that are opened and closed as before. Each
    // kept reader holds its own page cache, so more would cost resident memory (the soak's peak is close to 200 MB).
    private const int Kept = 4;

    private readonly ConcurrentBag<SqliteConnection> _idle = [];
    private volatile bool _disposed;

    public async Task<T> ReadAsync<T>(bool forTurn, Func<SqliteConnection, Task<T>> read, CancellationToken cancellationToken)
    {
        if (_idle.TryTake(out var connection))
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
            if (giveBack && !_disposed && _idle.Count < Kept)
            {
                _idle.Add(connection);
            }
            else
            {
                PreparedCommands.Close(connection);
            }
        }
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var connection))
        {
            PreparedCommands.Close(connection);
        }
    }
}
