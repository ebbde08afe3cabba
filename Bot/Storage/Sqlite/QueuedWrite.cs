using Microsoft.Data.Sqlite;

namespace OutcomesBot.Bot.Storage.Sqlite;

/// <summary>A writer's statement and the task its writer awaits, completed only once the batch that ran it is committed.</summary>
internal sealed class QueuedWrite<T>(Func<SqliteConnection, CancellationToken, Task<T>> write, bool fromTurn, CancellationToken cancellationToken)
    : IQueuedWrite
{
    private const int Queued = 0;
    private const int Taken = 1;
    private const int Abandoned = 2;

    private readonly TaskCompletionSource<T> _result = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _state;
    private T? _value;

    public Task<T> Result => _result.Task;

    public bool FromTurn => fromTurn;

    public bool TryTake() => Interlocked.CompareExchange(ref _state, Taken, Queued) == Queued;

    /// <summary>The writer stops waiting; true when no batch has taken the write, which then never runs.</summary>
    public bool TryAbandon() => Interlocked.CompareExchange(ref _state, Abandoned, Queued) == Queued;

    public async Task<bool> RunAsync(SqliteConnection connection)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            _result.TrySetCanceled(cancellationToken);
            return false;
        }

        try
        {
            _value = await write(connection, cancellationToken);
            return true;
        }
#pragma warning disable CA1031 // The writer gets its own failure; the batch goes on without its statement, which SQLite undid.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            _result.TrySetException(exception);
            return false;
        }
    }

    public void Committed() => _result.TrySetResult(_value!);

    public void Failed(Exception exception) => _result.TrySetException(exception);
}
