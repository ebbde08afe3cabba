using OutcomesBot.Bot.Tests.Support;

namespace OutcomesBot.Bot.Tests.Storage.Sqlite;

/// <summary>
/// Every SQLite handle keeps its page cache up to its high-water mark, so each one's cache is capped: the readers' and
/// every other handle's at 512 KB, the group commit's writer at SQLite's default 2 MB (decision 044).
/// </summary>
public sealed class SqlitePageCacheTests
{
    [Fact]
    public async Task A_reader_keeps_a_page_cache_of_half_a_megabyte_and_the_writer_sqlites_default_two()
    {
        var token = TestContext.Current.CancellationToken;
        await using var sqlite = await TempSqlite.CreateAsync();

        var reader = await sqlite.Database.QueryFirstAsync("PRAGMA cache_size;", _ => { }, row => row.GetInt64(0), token);
        var writer = await sqlite.Database.WriteReturningFirstAsync("PRAGMA cache_size;", _ => { }, row => row.GetInt64(0), token);

        Assert.Equal((-512L, -2048L), (reader, writer));
    }
}
