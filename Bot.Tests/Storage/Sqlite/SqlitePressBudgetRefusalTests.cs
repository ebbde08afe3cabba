using OutcomesBot.Bot.Limits;
using OutcomesBot.Bot.Storage.Sqlite;
using OutcomesBot.Bot.Tests.Support;

namespace OutcomesBot.Bot.Tests.Storage.Sqlite;

/// <summary>
/// Decision 102 (098's press budgets under a flood): a press refused by its budget is decided on a read and takes no group
/// commit, so a script pressing a picker as fast as it can, once its budget is spent, no longer holds the file's write lock
/// that every other person's turn and every job writes under.
/// </summary>
public sealed class SqlitePressBudgetRefusalTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Presses_refused_by_a_spent_budget_take_no_write_and_the_budget_still_holds()
    {
        var token = TestContext.Current.CancellationToken;
        await using var sqlite = await TempSqlite.CreateAsync();
        var store = new SqlitePressBudgetStore(sqlite.Database);
        for (var i = 0; i < NamePressLimit.MaxLookUps; i++)
        {
            Assert.Null(await store.TryPressAsync("robin-key", NamePressLimit.Budgets, Start.AddSeconds(i), token));
        }

        var before = sqlite.Database.GroupCommits;
        var flood = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => store.TryPressAsync("robin-key", NamePressLimit.Budgets, Start.AddSeconds(20 + (i / 10.0)), token)));
        var commits = sqlite.Database.GroupCommits - before;

        Assert.All(flood, refused => Assert.Equal(0, refused));
        Assert.Equal(0, commits);
        Assert.Null(await store.TryPressAsync("alex-key", NamePressLimit.Budgets, Start.AddSeconds(40), token));
        Assert.Null(await store.TryPressAsync("robin-key", NamePressLimit.Budgets, Start.AddSeconds(61), token));
    }
}
