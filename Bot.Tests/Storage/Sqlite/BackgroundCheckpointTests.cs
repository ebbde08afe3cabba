using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OutcomesBot.Bot.Storage;
using OutcomesBot.Bot.Storage.Sqlite;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Bot.Turns;

namespace OutcomesBot.Bot.Tests.Storage.Sqlite;

/// <summary>
/// The WAL is moved into the database file by a background checkpoint, not inside a turn's commit (decision 042): a
/// commit that crosses SQLite's old threshold (1,000 pages) no longer copies and syncs the log while it holds the gate.
/// </summary>
public sealed class BackgroundCheckpointTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Turns_that_write_more_than_a_thousand_pages_leave_them_in_the_log_for_the_background_checkpoint()
    {
        var token = TestContext.Current.CancellationToken;
        await using var sqlite = await TempSqlite.CreateAsync();
        await WriteTurnsAsync(sqlite.Database, 1_500, token);
        var fileBefore = new FileInfo(sqlite.Database.FilePath).Length;

        var (logFrames, checkpointed) = await sqlite.Database.CheckpointAsync(token);

        Assert.InRange(logFrames, 1_001, long.MaxValue);
        Assert.Equal(logFrames, checkpointed);
        Assert.True(new FileInfo(sqlite.Database.FilePath).Length > fileBefore + (1_000L * 4096));
    }

    [Fact]
    public async Task The_hosted_checkpoint_runs_every_second_of_the_bots_clock()
    {
        var token = TestContext.Current.CancellationToken;
        await using var sqlite = await TempSqlite.CreateAsync();
        var clock = new ManualTimeProvider(Now);
        using var checkpoints = Checkpoints(sqlite.Database, clock);
        await WriteTurnsAsync(sqlite.Database, 50, token);
        await checkpoints.StartAsync(token);

        var fileBefore = new FileInfo(sqlite.Database.FilePath).Length;
        await clock.WaitForTimerAsync(due => due == SqliteCheckpoints.Interval, token);
        clock.Advance(SqliteCheckpoints.Interval);
        var fileAfter = fileBefore;
        for (var tries = 0; fileAfter == fileBefore && tries < 500; tries++)
        {
            // The tick's checkpoint runs on the thread pool; its only trace is the file growing by the logged pages.
            await Task.Delay(10, token);
            fileAfter = new FileInfo(sqlite.Database.FilePath).Length;
        }

        await checkpoints.StopAsync(token);
        Assert.True(fileAfter >= fileBefore + (50L * 4096), $"the file grew from {fileBefore} to {fileAfter} bytes");
    }

    [Fact]
    public async Task While_turns_write_the_next_checkpoint_comes_after_a_tenth_of_a_second_and_once_they_stop_after_a_second()
    {
        var token = TestContext.Current.CancellationToken;
        await using var sqlite = await TempSqlite.CreateAsync();
        var clock = new ManualTimeProvider(Now);
        using var checkpoints = Checkpoints(sqlite.Database, clock);
        await WriteTurnsAsync(sqlite.Database, 200, token);
        await checkpoints.StartAsync(token);

        await clock.WaitForTimerAsync(due => due == SqliteCheckpoints.Interval, token);
        clock.Advance(SqliteCheckpoints.Interval);
        var afterWrites = await clock.WaitForTimerAsync(due => due > TimeSpan.Zero, token);
        clock.Advance(afterWrites);
        var afterQuiet = await clock.WaitForTimerAsync(due => due > TimeSpan.Zero, token);

        await checkpoints.StopAsync(token);
        Assert.Equal((SqliteCheckpoints.BusyInterval, SqliteCheckpoints.Interval), (afterWrites, afterQuiet));
    }

    [Fact]
    public async Task A_long_log_is_moved_whole_so_the_next_write_starts_it_again()
    {
        var token = TestContext.Current.CancellationToken;
        await using var sqlite = await TempSqlite.CreateAsync();
        await WriteTurnsAsync(sqlite.Database, 1_500, token);

        var whole = await sqlite.Database.CheckpointWholeLogAsync(token);
        await WriteTurnsAsync(sqlite.Database, 1, token, first: 1_500);
        var (logFrames, _) = await sqlite.Database.CheckpointAsync(token);

        Assert.NotNull(whole);
        Assert.Equal(whole.Value.LogFrames, whole.Value.Checkpointed);
        Assert.InRange(logFrames, 1, 10);
    }

    [Fact]
    public async Task The_whole_log_checkpoint_waits_for_this_processs_writer_and_gives_up_after_a_second()
    {
        var token = TestContext.Current.CancellationToken;
        await using var sqlite = await TempSqlite.CreateAsync();
        await WriteTurnsAsync(sqlite.Database, 10, token);

        var lease = await sqlite.Database.OpenForWriteAsync(token);
        var held = await sqlite.Database.CheckpointWholeLogAsync(token);
        var waiting = sqlite.Database.CheckpointWholeLogAsync(token);
        await Task.Delay(100, token);
        var finishedWhileHeld = waiting.IsCompleted;
        await lease.DisposeAsync();
        var afterRelease = await waiting;

        Assert.Null(held);
        Assert.False(finishedWhileHeld);
        Assert.NotNull(afterRelease);
    }

    private static SqliteCheckpoints Checkpoints(SqliteDatabase database, ManualTimeProvider clock) =>
        new(database, Options.Create(new StorageOptions()), clock, NullLogger<SqliteCheckpoints>.Instance);

    private static async Task WriteTurnsAsync(SqliteDatabase database, int turns, CancellationToken cancellationToken, int first = 0)
    {
        var claims = new SqliteActivityDeduplicator(database, new ManualTimeProvider(Now), Options.Create(new TurnOptions()));
        var reply = new string('x', 3_000);
        for (var i = first; i < first + turns; i++)
        {
            await claims.CompleteAsync("a:conv", "activity-" + i, reply, cancellationToken);
        }
    }
}
