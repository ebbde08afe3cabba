using Microsoft.Data.Sqlite;

namespace OutcomesBot.Bot.Storage.Sqlite;

/// <summary>
/// A connection that may write, held while this process's write gate is taken (see
/// <see cref="SqliteDatabase.OpenForWriteAsync"/>); disposing it closes the connection and lets the next writer in.
/// </summary>
public sealed class SqliteWriteLease : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate;
    private int _disposed;

    internal SqliteWriteLease(SqliteConnection connection, SemaphoreSlim gate)
    {
        Connection = connection;
        _gate = gate;
    }

    public SqliteConnection Connection { get; }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        try
        {
            await Connection.DisposeAsync();
        }
        finally
        {
            _gate.Release();
        }
    }
}
