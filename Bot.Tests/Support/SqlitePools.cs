using Microsoft.Data.Sqlite;
using OutcomesBot.Bot.Storage.Sqlite;

namespace OutcomesBot.Bot.Tests.Support;

/// <summary>
/// Closes the pooled connections of the bot's SQLite files in one folder, when a test is done with it. Not
/// <c>ClearAllPools</c>: that also closes connections other tests, running in parallel, have just opened
/// (an intermittent ObjectDisposedException in whichever test was mid-query).
/// </summary>
internal static class SqlitePools
{
    public static void ClearFolder(string folder)
    {
        foreach (var name in new[] { SqliteDatabase.FileName, SchedulerSqliteFile.FileName })
        {
            using var connection = new SqliteConnection(SqliteFile.ConnectionStringFor(Path.Combine(Path.GetFullPath(folder), name)));
            SqliteConnection.ClearPool(connection);
        }
    }
}
