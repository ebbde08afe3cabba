using System.Text.Json;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.Momentum.Themes;
using OutcomesBot.Dialogs.Momentum.YouSaid;

namespace OutcomesBot.Bot.Tests.Storage.Contract;

/// <summary>The "you said, we did" themes shown to leaders on each backend: kept per team and cycle or week, once, one winner in a race.</summary>
public abstract class ShownThemesStoreContract(StoreBackend backend) : StoreContract(backend)
{
    private const string Team = "19:care-team@thread.tacv2";
    private static readonly string Cycle = ShownThemes.ForCycle("team:care:2026-11-monthly|a/b");

    [Fact]
    public async Task Kept_themes_come_back_with_every_count_and_only_for_their_team_and_cycle()
    {
        var store = Store<IShownThemesStore>();
        var week = ShownThemes.ForWeek(new DateTimeOffset(2026, 11, 16, 0, 0, 0, TimeSpan.Zero));
        Assert.True(await store.TryAddAsync(Team, Themes(Cycle, 6), Token));
        Assert.True(await store.TryAddAsync(Team, Themes(week, 7), Token));
        Assert.True(await store.TryAddAsync("19:other-team@thread.tacv2", Themes(Cycle, 9), Token));

        AssertSame(Themes(Cycle, 6), await store.GetAsync(Team, Cycle, Token));
        AssertSame(Themes(week, 7), await store.GetAsync(Team, week, Token));
        Assert.Null(await store.GetAsync(Team, ShownThemes.ForCycle("another"), Token));
        Assert.Null(await store.GetAsync("19:nobody@thread.tacv2", Cycle, Token));
    }

    [Fact]
    public async Task Second_themes_for_a_kept_cycle_are_refused_and_the_first_stay()
    {
        var store = Store<IShownThemesStore>();
        Assert.True(await store.TryAddAsync(Team, Themes(Cycle, 6), Token));

        Assert.False(await store.TryAddAsync(Team, Themes(Cycle, 5), Token));

        AssertSame(Themes(Cycle, 6), await store.GetAsync(Team, Cycle, Token));
    }

    [Fact]
    public async Task Eight_bot_instances_keeping_themes_for_one_cycle_at_once_keep_exactly_one()
    {
        var themes = Enumerable.Range(0, 8).Select(writer => Themes(Cycle, 10 + writer)).ToList();

        var kept = await AtOnceAsync<IShownThemesStore, bool>(themes.Count, (store, writer) => store.TryAddAsync(Team, themes[writer], Token));

        var winner = Assert.Single(Enumerable.Range(0, themes.Count), writer => kept[writer]);
        AssertSame(themes[winner], await Store<IShownThemesStore>().GetAsync(Team, Cycle, Token));
    }

    private static ShownThemes Themes(string shownFor, int answered) => new(
        shownFor,
        answered,
        new ThemeSummary([new ThemeCount("colleagues", "Support from colleagues", answered - 2)], 1, answered - 1),
        new ThemeSummary([new ThemeCount("recording", "Paperwork and recording", 4), new ThemeCount("time", "Time and workload", 3)], 2, answered),
        ThemeSummary.Empty);

    // A record compares its lists by reference, so the summaries are compared as JSON.
    private static void AssertSame(ShownThemes expected, ShownThemes? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(JsonSerializer.Serialize(expected), JsonSerializer.Serialize(actual));
    }
}

/// <summary>The IShownThemesStore contract on SQLite.</summary>
public sealed class ShownThemesStoreContractOnSqlite() : ShownThemesStoreContract(StoreBackend.Sqlite());

/// <summary>The IShownThemesStore contract on Azure Tables (Azurite).</summary>
[Slow]
public sealed class ShownThemesStoreContractOnAzurite(Azurite azurite) : ShownThemesStoreContract(StoreBackend.Azure(azurite));
