using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using OutcomesBot.Bot.Storage.Sqlite;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Bot.Turns;
using OutcomesBot.Dialogs.CheckIns;

namespace OutcomesBot.Bot.Tests.Storage.Sqlite;

/// <summary>
/// A turn on SQLite costs one commit (decision 042): its claim is held in the process, and its stored answer goes in
/// the same group-commit entry as its completion, so both are stored together or neither is.
/// </summary>
public sealed class TurnUnitOfWorkTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_claim_commits_nothing_and_a_second_claim_of_the_same_activity_is_told_it_is_in_progress()
    {
        var token = TestContext.Current.CancellationToken;
        await using var sqlite = await TempSqlite.CreateAsync();
        var claims = Deduplicator(sqlite.Database);
        var before = sqlite.Database.GroupCommits;

        var answered = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => claims.TryClaimAsync("a:conv", "activity-" + (i % 10), token)));

        Assert.Equal(0, sqlite.Database.GroupCommits - before);
        Assert.Equal(10, answered.Count(claim => claim.Status == ActivityClaimStatus.Claimed));
        Assert.Equal(10, answered.Count(claim => claim.Status == ActivityClaimStatus.InProgress));
    }

    [Fact]
    public async Task A_turns_answer_is_stored_only_with_its_completion_and_in_the_same_commit()
    {
        var token = TestContext.Current.CancellationToken;
        await using var sqlite = await TempSqlite.CreateAsync();
        var claims = Deduplicator(sqlite.Database);
        var store = new SqliteCheckInStore(sqlite.Database);
        var before = sqlite.Database.GroupCommits;
        CheckInAnswer? beforeCompletion;
        using (TurnScope.Begin())
        {
            await claims.TryClaimAsync("a:conv", "submit", token);
            Assert.False(await store.SaveAnswerAsync(Answer(), token));
            beforeCompletion = await store.GetAnswerAsync("cycle", "person", token);
            await claims.CompleteAsync("a:conv", "submit", "{\"thanks\":1}", token);
        }

        Assert.Null(beforeCompletion);
        Assert.Equal(1, sqlite.Database.GroupCommits - before);
        Assert.Equal(4, (await store.GetAnswerAsync("cycle", "person", token))?.Confidence);
        var redelivered = await claims.TryClaimAsync("a:conv", "submit", token);
        Assert.Equal((ActivityClaimStatus.Completed, "{\"thanks\":1}"), (redelivered.Status, redelivered.StoredResponseJson));
    }

    [Fact]
    public async Task A_second_answer_in_a_turn_is_told_it_replaces_the_first()
    {
        var token = TestContext.Current.CancellationToken;
        await using var sqlite = await TempSqlite.CreateAsync();
        var claims = Deduplicator(sqlite.Database);
        var store = new SqliteCheckInStore(sqlite.Database);
        await store.SaveAnswerAsync(Answer(), token);
        bool replaced;
        using (TurnScope.Begin())
        {
            await claims.TryClaimAsync("a:conv", "again", token);
            replaced = await store.SaveAnswerAsync(Answer() with { Confidence = 2 }, token);
            await claims.CompleteAsync("a:conv", "again", null, token);
        }

        Assert.True(replaced);
        Assert.Equal(2, (await store.GetAnswerAsync("cycle", "person", token))?.Confidence);
    }

    [Fact]
    public async Task A_released_turn_stores_none_of_its_writes_and_its_retry_is_processed_as_new()
    {
        var token = TestContext.Current.CancellationToken;
        await using var sqlite = await TempSqlite.CreateAsync();
        var claims = Deduplicator(sqlite.Database);
        var store = new SqliteCheckInStore(sqlite.Database);
        using (TurnScope.Begin())
        {
            await claims.TryClaimAsync("a:conv", "failed", token);
            await store.SaveAnswerAsync(Answer(), token);
            await claims.ReleaseAsync("a:conv", "failed", token);
        }

        await claims.CompleteAsync("a:conv", "other", null, token);

        Assert.Null(await store.GetAnswerAsync("cycle", "person", token));
        Assert.Equal(ActivityClaimStatus.Claimed, (await claims.TryClaimAsync("a:conv", "failed", token)).Status);
    }

    [Fact]
    public async Task A_failing_held_write_undoes_its_whole_turn_and_the_other_writers_of_the_batch_are_stored()
    {
        var token = TestContext.Current.CancellationToken;
        await using var sqlite = await TempSqlite.CreateAsync();
        var claims = Deduplicator(sqlite.Database);
        var store = new SqliteCheckInStore(sqlite.Database);
        var before = sqlite.Database.GroupCommits;
        Task failing, other;
        await using (await sqlite.Database.OpenForWriteAsync(token))
        {
            using (TurnScope.Begin())
            {
                await claims.TryClaimAsync("a:conv", "broken", token);
                await store.SaveAnswerAsync(Answer(), token);
                await sqlite.Database.WriteWithTurnAsync("INSERT INTO check_in_answers (cycle_id) VALUES ('broken');", _ => { }, token);
                failing = claims.CompleteAsync("a:conv", "broken", "{}", token);
            }

            other = claims.CompleteAsync("a:conv", "other", "{}", token);
        }

        await Assert.ThrowsAsync<SqliteException>(() => failing);
        await other;

        Assert.Equal(1, sqlite.Database.GroupCommits - before);
        Assert.Null(await store.GetAnswerAsync("cycle", "person", token));
        Assert.Equal(ActivityClaimStatus.InProgress, (await claims.TryClaimAsync("a:conv", "broken", token)).Status);
        Assert.Equal(ActivityClaimStatus.Completed, (await claims.TryClaimAsync("a:conv", "other", token)).Status);
    }

    private static CheckInAnswer Answer() =>
        new("cycle", "person", "team", 4, "a visit went well", null, false, null, new Dictionary<string, int>(), null, Now);

    private static SqliteActivityDeduplicator Deduplicator(SqliteDatabase database) =>
        new(database, new ManualTimeProvider(Now), Options.Create(new TurnOptions()));
}
