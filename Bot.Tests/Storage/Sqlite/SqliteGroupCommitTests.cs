using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using OutcomesBot.Bot.Storage;
using OutcomesBot.Bot.Storage.Sqlite;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Bot.Turns;

namespace OutcomesBot.Bot.Tests.Storage.Sqlite;

/// <summary>
/// Group commit (decision 029): single-statement writes that queue while another writer holds the file share one
/// transaction, each writer is answered only once that transaction is committed, and one writer's failing statement
/// fails that writer alone.
/// </summary>
public sealed class SqliteGroupCommitTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Completions_queued_behind_a_writer_are_stored_in_one_commit_and_none_is_answered_before_it()
    {
        var token = TestContext.Current.CancellationToken;
        await using var sqlite = await TempSqlite.CreateAsync();
        var claims = Deduplicator(sqlite.Database);
        var before = sqlite.Database.GroupCommits;
        Task[] queued;
        await using (await sqlite.Database.OpenForWriteAsync(token))
        {
            queued = [.. Enumerable.Range(0, 20).Select(i => claims.CompleteAsync("a:conv", "activity-" + (i % 10), "{}", token))];
            Assert.DoesNotContain(queued, completion => completion.IsCompleted);
        }

        await Task.WhenAll(queued);

        Assert.Equal(1, sqlite.Database.GroupCommits - before);
        Assert.Equal(10, await CountClaimsAsync(sqlite.Database, token));
    }

    [Fact]
    public async Task A_failing_statement_fails_its_own_writer_and_the_rest_of_its_batch_is_stored()
    {
        var token = TestContext.Current.CancellationToken;
        await using var sqlite = await TempSqlite.CreateAsync();
        var claims = Deduplicator(sqlite.Database);
        var before = sqlite.Database.GroupCommits;
        Task first, last;
        Task<int> broken;
        await using (await sqlite.Database.OpenForWriteAsync(token))
        {
            first = claims.CompleteAsync("a:conv", "first", null, token);
            broken = sqlite.Database.ExecuteAsync("INSERT INTO processed_activities (conversation_id, activity_id, claimed_at) VALUES ('a:conv', NULL, 'x');", _ => { }, token);
            last = claims.CompleteAsync("a:conv", "last", null, token);
        }

        await Assert.ThrowsAsync<SqliteException>(() => broken);
        await Task.WhenAll(first, last);
        Assert.Equal(1, sqlite.Database.GroupCommits - before);
        Assert.Equal(2, await CountClaimsAsync(sqlite.Database, token));
    }

    [Fact]
    public async Task A_write_is_on_disk_for_a_new_connection_once_answered()
    {
        var token = TestContext.Current.CancellationToken;
        await using var sqlite = await TempSqlite.CreateAsync();
        var claims = Deduplicator(sqlite.Database);

        await Task.WhenAll(Enumerable.Range(0, 50).Select(i => claims.CompleteAsync("a:conv", "parallel-" + i, "{}", token)));

        await using var outside = new SqliteConnection(SqliteFile.ConnectionStringFor(sqlite.Database.FilePath) + ";Pooling=False");
        await outside.OpenAsync(token);
        await using var count = outside.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM processed_activities;";
        Assert.Equal(50L, await count.ExecuteScalarAsync(token));
    }

    [Fact]
    public async Task A_completion_that_gave_up_at_the_gate_is_never_stored_and_once_released_the_retry_is_processed_as_new()
    {
        var token = TestContext.Current.CancellationToken;
        await using var sqlite = await TempSqlite.CreateAsync();
        using var busyFirst = new SqliteDatabase(Options.Create(new StorageOptions { DataDirectory = sqlite.Folder, TurnBusyTimeout = TimeSpan.FromSeconds(1) }), new HostingEnvironment { ContentRootPath = sqlite.Folder });
        var claims = Deduplicator(busyFirst);
        await using (await busyFirst.OpenForWriteAsync(token))
        {
            using var turn = TurnScope.Begin();
            Assert.Equal(ActivityClaimStatus.Claimed, (await claims.TryClaimAsync("a:conv", "retried", token)).Status);
            await Assert.ThrowsAsync<SqliteException>(() => claims.CompleteAsync("a:conv", "retried", "{}", token));
            await claims.ReleaseAsync("a:conv", "retried", token);
        }

        await claims.CompleteAsync("a:conv", "other", null, token);
        var retry = await claims.TryClaimAsync("a:conv", "retried", token);

        Assert.Equal(ActivityClaimStatus.Claimed, retry.Status);
        Assert.Equal(1, await CountClaimsAsync(busyFirst, token));
    }

    private static SqliteActivityDeduplicator Deduplicator(SqliteDatabase database) =>
        new(database, new ManualTimeProvider(Now), Options.Create(new TurnOptions()));

    private static async Task<long> CountClaimsAsync(SqliteDatabase database, CancellationToken cancellationToken) =>
        await database.QueryFirstAsync("SELECT COUNT(*) FROM processed_activities;", _ => { }, reader => reader.GetInt64(0), cancellationToken);
}
