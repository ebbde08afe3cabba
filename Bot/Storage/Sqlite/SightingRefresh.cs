using Microsoft.Data.Sqlite;

namespace OutcomesBot.Bot.Storage.Sqlite;

/// <summary>
/// How stale a conversation's <c>updated_at</c> or a person's <c>last_seen_at</c> may get before a turn that changes
/// nothing else rewrites the row (decision 029). Those times only order a person's rows and conversations ("the most
/// recent"), for which a quarter of an hour is fine; rewriting them on every turn cost a WAL append per turn.
/// </summary>
internal static class SightingRefresh
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Runs the upsert <paramref name="write"/> unless <paramref name="unchanged"/> (the same parameters) finds the row
    /// already as the upsert would leave it. The read takes a kept reader and no place in a group commit, so the turn
    /// that changes nothing waits on no writer (decision 033). Nothing is cached: the row is read every time, so a
    /// change made by another path or another instance is never masked.
    /// </summary>
    public static async Task WriteUnlessUnchangedAsync(SqliteDatabase database, string unchanged, string write, Action<SqliteCommand> bind, CancellationToken cancellationToken)
    {
        if (await database.QueryFirstAsync(unchanged, bind, _ => true, cancellationToken))
        {
            return;
        }

        await database.ExecuteAsync(write, bind, cancellationToken);
    }
}
