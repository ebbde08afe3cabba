using Microsoft.Data.Sqlite;
using OutcomesBot.Bot.Storage.Sqlite;
using OutcomesBot.Bot.Tests.Support;

namespace OutcomesBot.Bot.Tests.Storage;

public sealed class SqlitePoolsTests : IDisposable
{
    private readonly TemporaryDirectory _mine = new();
    private readonly TemporaryDirectory _theirs = new();

    public void Dispose()
    {
        SqlitePools.ClearFolder(_mine.Path);
        SqlitePools.ClearFolder(_theirs.Path);
        _mine.Dispose();
        _theirs.Dispose();
    }

    [Fact]
    public async Task Clearing_one_tests_folder_leaves_the_pooled_connections_of_another_tests_file_open()
    {
        var mineBefore = await PooledHandleAsync(_mine.Path);
        var theirsBefore = await PooledHandleAsync(_theirs.Path);

        SqlitePools.ClearFolder(_mine.Path);

        Assert.NotSame(mineBefore, await PooledHandleAsync(_mine.Path));
        Assert.Same(theirsBefore, await PooledHandleAsync(_theirs.Path));
    }

    // Opens and closes a connection to the folder's bot database; a pooled connection comes back with the same handle.
    private static async Task<object> PooledHandleAsync(string folder)
    {
        await using var connection = new SqliteConnection(SqliteFile.ConnectionStringFor(Path.Combine(folder, SqliteDatabase.FileName)));
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        return connection.Handle!;
    }
}
