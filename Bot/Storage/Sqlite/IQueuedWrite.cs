using Microsoft.Data.Sqlite;

namespace OutcomesBot.Bot.Storage.Sqlite;

/// <summary>One writer's statement waiting for a group commit (<see cref="SqliteGroupCommit"/>).</summary>
internal interface IQueuedWrite
{
    /// <summary>True when it was queued by a turn, which waits only briefly on a busy file.</summary>
    bool FromTurn { get; }

    /// <summary>Takes it into a batch, unless its writer has given up on it.</summary>
    bool TryTake();

    /// <summary>Runs the statement in the batch's transaction; false when it failed or was cancelled (its writer is told).</summary>
    Task<bool> RunAsync(SqliteConnection connection);

    /// <summary>The batch committed: the writer gets its result.</summary>
    void Committed();

    /// <summary>The batch was not stored: the writer gets the reason, unless it already has its own.</summary>
    void Failed(Exception exception);
}
