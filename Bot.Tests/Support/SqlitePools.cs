using Microsoft.Data.Sqlite;
using OutcomesBot.Bot.Storage.Sqlite;

namespace OutcomesBot.Bot.Tests.Support;

/// <summary>
/// Closes the pooled connections of the bot's SQLite file in one folder, when a test is done with it. Not
/// <c>ClearAllPools</c>: that also closes connections other tests, running in parallel, have just opened
/// (an intermittent ObjectDisposedException in whichever test was mid-query). The scheduler's file is not pooled
/// (<see cref="SchedulerSqliteFile"/>), so it has nothing to clear.
/// </summary>
internal static class SqlitePools
{
    public static void ClearFolder(string folder)
    {
        using var connection = new SqliteConnection(SqliteFile.ConnectionStringFor(Path.Combine(Path.GetFullPath(folder), SqliteDatabase.FileName)));
        SqliteConnection.ClearPool(connection);
    }
}
