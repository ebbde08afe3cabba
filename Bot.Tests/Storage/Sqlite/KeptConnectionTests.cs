using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using OutcomesBot.Bot.Storage.Sqlite;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Bot.Turns;

namespace OutcomesBot.Bot.Tests.Storage.Sqlite;

/// <summary>
/// The group commit's connection and the readers stay open with their statements prepared (decision 033). They must
/// hold no snapshot between uses (a checkpoint still empties the log), keep working when the schema changes, and be
/// closed when the database is disposed.
/// </summary>
public sealed class KeptConnectionTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_statement_is_prepared_once_on_a_kept_connection_and_anew_on_any_other()
    {
        var token = TestContext.Current.CancellationToken;
        await using var sqlite = await TempSqlite.CreateAsync();
        await using var kept = await sqlite.Database.OpenAsync(token);
        await using var plain = await sqlite.Database.OpenAsync(token);
        PreparedCommands.Keep(kept);

        var first = PreparedCommands.Rent(kept, "SELECT 1;");
        await PreparedCommands.ReturnAsync(kept, first);
        var again = PreparedCommands.Rent(kept, "SELECT 1;");
        var other = PreparedCommands.Rent(plain, "SELECT 1;");
        await PreparedCommands.ReturnAsync(plain, other);
        var otherAgain = PreparedCommands.Rent(plain, "SELECT 1;");

        Assert.Same(first, again);
        Assert.NotSame(other, otherAgain);
        PreparedCommands.Close(kept);
    }

    [Fact]
    public async Task After_turns_written_and_read_a_checkpoint_still_empties_the_log()
    {
        var token = TestContext.Current.CancellationToken;
        await using var sqlite = await TempSqlite.CreateAsync();
        var claims = Deduplicator(sqlite.Database);
        for (var i = 0; i < 20; i++)
        {
            await claims.TryClaimAsync("a:conv", "activity-" + i, token);
            await claims.CompleteAsync("a:conv", "activity-" + i, "{}", token);
            await CountClaimsAsync(sqlite.Database, token);
        }

        await using var outside = new SqliteConnection(SqliteFile.ConnectionStringFor(sqlite.Database.FilePath));
        await outside.OpenAsync(token);
        await using var checkpoint = outside.CreateCommand();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        await using var result = await checkpoint.ExecuteReaderAsync(token);
        Assert.True(await result.ReadAsync(token));

        Assert.Equal(0, result.GetInt64(0));
        Assert.Equal(0, new FileInfo(sqlite.Database.FilePath + "-wal").Length);
    }

    [Fact]
    public async Task Kept_statements_still_run_after_another_connection_changes_the_schema()
    {
        var token = TestContext.Current.CancellationToken;
        await using var sqlite = await TempSqlite.CreateAsync();
        var claims = Deduplicator(sqlite.Database);
        await claims.TryClaimAsync("a:conv", "before", token);
        await claims.CompleteAsync("a:conv", "before", null, token);
        await CountClaimsAsync(sqlite.Database, token);

        await using (var outside = new SqliteConnection(SqliteFile.ConnectionStringFor(sqlite.Database.FilePath)))
        {
            await outside.OpenAsync(token);
            await using var alter = outside.CreateCommand();
            alter.CommandText = "ALTER TABLE processed_activities ADD COLUMN note TEXT; CREATE INDEX ix_test_completed ON processed_activities (completed_at);";
            await alter.ExecuteNonQueryAsync(token);
        }

        var after = await claims.TryClaimAsync("a:conv", "after", token);
        await claims.CompleteAsync("a:conv", "after", "{}", token);
        var again = await claims.TryClaimAsync("a:conv", "after", token);

        Assert.Equal((ActivityClaimStatus.Claimed, ActivityClaimStatus.Completed), (after.Status, again.Status));
        Assert.Equal(2, await CountClaimsAsync(sqlite.Database, token));
    }

    [Fact]
    public async Task Disposing_the_database_closes_every_kept_connection()
    {
        var token = TestContext.Current.CancellationToken;
        await using var sqlite = await TempSqlite.CreateAsync();
        await Deduplicator(sqlite.Database).TryClaimAsync("a:conv", "one", token);
        await Deduplicator(sqlite.Database).CompleteAsync("a:conv", "one", null, token);
        await CountClaimsAsync(sqlite.Database, token);

        sqlite.Database.Dispose();
        SqlitePools.ClearFolder(sqlite.Folder);
        await using var alone = new SqliteConnection(SqliteFile.ConnectionStringFor(sqlite.Database.FilePath));
        await alone.OpenAsync(token);
        await using var mode = alone.CreateCommand();
        // Leaving WAL needs the only connection to the file: any connection still open makes this answer "wal".
        mode.CommandText = "PRAGMA journal_mode = DELETE;";

        Assert.Equal("delete", (string?)await mode.ExecuteScalarAsync(token));
    }

    private static SqliteActivityDeduplicator Deduplicator(SqliteDatabase database) =>
        new(database, new ManualTimeProvider(Now), Options.Create(new TurnOptions()));

    private static async Task<long> CountClaimsAsync(SqliteDatabase database, CancellationToken cancellationToken) =>
        await database.QueryFirstAsync("SELECT COUNT(*) FROM processed_activities;", _ => { }, reader => reader.GetInt64(0), cancellationToken);
}
