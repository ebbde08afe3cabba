using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.Momentum.TeamPriorities;

namespace OutcomesBot.Bot.Tests.Storage.Contract;

/// <summary>The team priorities pools shown to leaders on each backend: kept per team oldest first, once per week, one winner in a race.</summary>
public abstract class ShownPrioritiesStoreContract(StoreBackend backend) : StoreContract(backend)
{
    private const string Team = "19:care-team@thread.tacv2";
    private static readonly DateTimeOffset FirstWeek = new(2026, 9, 7, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Kept_pools_come_back_oldest_first_with_every_count_and_only_for_their_team()
    {
        var store = Store<IShownPrioritiesStore>();
        foreach (var week in new[] { 3, 0, 2 })
        {
            Assert.True(await store.TryAddAsync(Team, Pool(week), Token));
        }

        Assert.True(await store.TryAddAsync("19:other-team@thread.tacv2", Pool(1), Token));

        var kept = await store.ListAsync(Team, Token);

        Assert.Equal([Week(0), Week(2), Week(3)], kept.Select(pool => pool.AsOf));
        Assert.All(kept, pool => AssertSame(Pool((int)((pool.AsOf - FirstWeek).TotalDays / 7)), pool));
        Assert.Empty(await store.ListAsync("19:nobody@thread.tacv2", Token));
    }

    [Fact]
    public async Task A_second_pool_for_a_kept_week_is_refused_and_the_first_stays()
    {
        var store = Store<IShownPrioritiesStore>();
        Assert.True(await store.TryAddAsync(Team, Pool(0), Token));

        Assert.False(await store.TryAddAsync(Team, Pool(0) with { People = 40 }, Token));

        AssertSame(Pool(0), Assert.Single(await store.ListAsync(Team, Token)));
    }

    [Fact]
    public async Task A_team_id_with_key_characters_is_kept_apart_from_its_neighbours()
    {
        var store = Store<IShownPrioritiesStore>();
        string[] teams = ["19:a|b/c#d?e%f@thread.tacv2", "19:a%7Cb@thread.tacv2", "19:a|b@thread.tacv2"];
        foreach (var (team, index) in teams.Select((team, index) => (team, index)))
        {
            Assert.True(await store.TryAddAsync(team, Pool(0) with { People = index + 10 }, Token));
        }

        foreach (var (team, index) in teams.Select((team, index) => (team, index)))
        {
            Assert.Equal(index + 10, Assert.Single(await store.ListAsync(team, Token)).People);
        }
    }

    [Fact]
    public async Task Eight_bot_instances_keeping_a_pool_for_one_week_at_once_keep_exactly_one()
    {
        var pools = Enumerable.Range(0, 8).Select(writer => Pool(0) with { People = 10 + writer }).ToList();

        var kept = await AtOnceAsync<IShownPrioritiesStore, bool>(pools.Count, (store, writer) => store.TryAddAsync(Team, pools[writer], Token));

        var winner = Assert.Single(Enumerable.Range(0, pools.Count), writer => kept[writer]);
        AssertSame(pools[winner], Assert.Single(await Store<IShownPrioritiesStore>().ListAsync(Team, Token)));
    }

    private static DateTimeOffset Week(int index) => FirstWeek.AddDays(7 * index);

    private static PooledPriorities Pool(int week) => new(
        6 + week,
        Week(week),
        new Dictionary<string, int>(StringComparer.Ordinal) { ["need-challenges"] = week, ["need-momentum"] = 6, ["need-listening"] = 0 });

    // A record compares its dictionary by reference, so the counts are compared as sets of pairs.
    private static void AssertSame(PooledPriorities expected, PooledPriorities actual)
    {
        Assert.Equal((expected.People, expected.AsOf), (actual.People, actual.AsOf));
        Assert.Equal(expected.PriorityCounts.OrderBy(pair => pair.Key, StringComparer.Ordinal), actual.PriorityCounts.OrderBy(pair => pair.Key, StringComparer.Ordinal));
    }
}

/// <summary>The IShownPrioritiesStore contract on SQLite.</summary>
public sealed class ShownPrioritiesStoreContractOnSqlite() : ShownPrioritiesStoreContract(StoreBackend.Sqlite());

/// <summary>The IShownPrioritiesStore contract on Azure Tables (Azurite).</summary>
[Slow]
public sealed class ShownPrioritiesStoreContractOnAzurite(Azurite azurite) : ShownPrioritiesStoreContract(StoreBackend.Azure(azurite));
