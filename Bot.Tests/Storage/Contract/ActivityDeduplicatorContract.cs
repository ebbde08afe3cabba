using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Bot.Turns;

namespace OutcomesBot.Bot.Tests.Storage.Contract;

public abstract class ActivityDeduplicatorContract(StoreBackend backend) : StoreContract(backend)
{
    private static readonly TurnOptions Turns = new() { TurnTimeout = TimeSpan.FromSeconds(10), DeduplicationWindow = TimeSpan.FromHours(1) };

    [Fact]
    public async Task A_claim_moves_from_claimed_to_in_progress_to_completed_with_its_response()
    {
        var dedup = Store<IActivityDeduplicator>(new ManualTimeProvider(DateTimeOffset.UnixEpoch.AddYears(56)), Turns);

        var first = await dedup.TryClaimAsync("c", "a", Token);
        var during = await dedup.TryClaimAsync("c", "a", Token);
        await dedup.CompleteAsync("c", "a", "{\"statusCode\":200}", Token);
        var after = await dedup.TryClaimAsync("c", "a", Token);

        Assert.Equal(ActivityClaimStatus.Claimed, first.Status);
        Assert.Equal(ActivityClaimStatus.InProgress, during.Status);
        Assert.Equal(ActivityClaimStatus.Completed, after.Status);
        Assert.Equal("{\"statusCode\":200}", after.StoredResponseJson);
    }

    [Fact]
    public async Task A_released_claim_can_be_claimed_again()
    {
        var dedup = Store<IActivityDeduplicator>(new ManualTimeProvider(DateTimeOffset.UnixEpoch.AddYears(56)), Turns);

        await dedup.TryClaimAsync("c", "a", Token);
        await dedup.ReleaseAsync("c", "a", Token);

        Assert.Equal(ActivityClaimStatus.Claimed, (await dedup.TryClaimAsync("c", "a", Token)).Status);
    }

    [Fact]
    public async Task A_claim_abandoned_by_a_crashed_instance_is_taken_over_after_twice_the_turn_timeout()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UnixEpoch.AddYears(56));
        var dedup = Store<IActivityDeduplicator>(clock, Turns);
        await dedup.TryClaimAsync("c", "a", Token);

        clock.Advance(TimeSpan.FromSeconds(15));
        var tooSoon = await dedup.TryClaimAsync("c", "a", Token);
        clock.Advance(TimeSpan.FromSeconds(10));
        var takenOver = await dedup.TryClaimAsync("c", "a", Token);

        Assert.Equal(ActivityClaimStatus.InProgress, tooSoon.Status);
        Assert.Equal(ActivityClaimStatus.Claimed, takenOver.Status);
    }

    [Fact]
    public async Task Completed_activities_are_forgotten_after_the_window()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UnixEpoch.AddYears(56));
        var dedup = Store<IActivityDeduplicator>(clock, Turns);
        await dedup.TryClaimAsync("c", "a", Token);
        await dedup.CompleteAsync("c", "a", null, Token);

        clock.Advance(TimeSpan.FromHours(2));
        await dedup.TryClaimAsync("c", "other", Token);

        Assert.Equal(ActivityClaimStatus.Claimed, (await dedup.TryClaimAsync("c", "a", Token)).Status);
    }

    [Fact]
    public async Task Forgetting_removes_only_the_claims_older_than_the_cutoff_with_their_stored_replies()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UnixEpoch.AddYears(56));
        var dedup = Store<IActivityDeduplicator>(clock, Turns);
        await dedup.TryClaimAsync("c", "old", Token);
        await dedup.CompleteAsync("c", "old", "{\"reply\":1}", Token);
        clock.Advance(TimeSpan.FromHours(2));
        await dedup.TryClaimAsync("c", "new", Token);
        await dedup.CompleteAsync("c", "new", "{\"reply\":2}", Token);

        var removed = await dedup.ForgetBeforeAsync(clock.GetUtcNow() - Turns.DeduplicationWindow, Token);
        var again = await dedup.ForgetBeforeAsync(clock.GetUtcNow() - Turns.DeduplicationWindow, Token);

        Assert.Equal((1, 0), (removed, again));
        var kept = await dedup.TryClaimAsync("c", "new", Token);
        Assert.Equal((ActivityClaimStatus.Completed, "{\"reply\":2}"), (kept.Status, kept.StoredResponseJson));
    }
}

/// <summary>The IActivityDeduplicator contract on SQLite.</summary>
public sealed class ActivityDeduplicatorContractOnSqlite() : ActivityDeduplicatorContract(StoreBackend.Sqlite());

/// <summary>The IActivityDeduplicator contract on Azure Tables (Azurite).</summary>
[Slow]
public sealed class ActivityDeduplicatorContractOnAzurite(Azurite azurite) : ActivityDeduplicatorContract(StoreBackend.Azure(azurite));
