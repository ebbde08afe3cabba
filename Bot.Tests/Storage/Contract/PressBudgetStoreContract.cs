using OutcomesBot.Bot.Limits;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.Support;

namespace OutcomesBot.Bot.Tests.Storage.Contract;

/// <summary>
/// The name look-up budgets in the store (decision 098) on both backends, with the budgets the bot uses (10 in any minute,
/// 60 in any hour): the windows slide, a refused press is not recorded, two instances taking a person's last press at once
/// let exactly one through, and a person idle for an hour is forgotten.
/// </summary>
public abstract class PressBudgetStoreContract(StoreBackend backend) : StoreContract(backend)
{
    private const string Robin = "robin-key";
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);
    private static readonly IReadOnlyList<PressBudget> Budgets = NamePressLimit.Budgets;

    [Fact]
    public async Task Ten_in_a_minute_go_through_the_eleventh_is_refused_and_one_goes_once_the_first_has_left_the_minute()
    {
        var store = Store<IPressBudgetStore>();
        for (var i = 0; i < 10; i++)
        {
            Assert.Null(await store.TryPressAsync(Robin, Budgets, Start.AddSeconds(50 + i), Token));
        }

        var eleventh = await store.TryPressAsync(Robin, Budgets, Start.AddSeconds(59.9), Token);
        var whenTheFirstHasLeft = await store.TryPressAsync(Robin, Budgets, Start.AddSeconds(110), Token);
        var nextAtOnce = await store.TryPressAsync(Robin, Budgets, Start.AddSeconds(110), Token);
        var someoneElse = await store.TryPressAsync("alex-key", Budgets, Start.AddSeconds(59.9), Token);

        Assert.Equal(0, eleventh);
        Assert.Null(whenTheFirstHasLeft);
        Assert.Equal(0, nextAtOnce);
        Assert.Null(someoneElse);
    }

    [Fact]
    public async Task Sixty_in_an_hour_spend_the_hour_and_refused_presses_are_not_counted()
    {
        var store = Store<IPressBudgetStore>();
        var refused = new List<int?>();
        for (var minute = 0; minute < 6; minute++)
        {
            for (var i = 0; i < 12; i++)
            {
                var result = await store.TryPressAsync(Robin, Budgets, Start.AddMinutes(minute).AddSeconds(i), Token);
                if (result is not null)
                {
                    refused.Add(result);
                }
            }
        }

        var inTheHour = await store.TryPressAsync(Robin, Budgets, Start.AddMinutes(59), Token);
        var afterTheFirstLeft = await store.TryPressAsync(Robin, Budgets, Start.AddHours(1).AddSeconds(1), Token);

        // 12 presses a minute for 6 minutes: 10 through each minute, 2 refused by the minute's budget, never recorded.
        Assert.Equal(12, refused.Count);
        Assert.All(refused, result => Assert.Equal(0, result));
        Assert.Equal(1, inTheHour);
        Assert.Null(afterTheFirstLeft);
    }

    [Fact]
    public async Task Instances_taking_the_last_press_at_once_let_exactly_one_through()
    {
        var store = Store<IPressBudgetStore>();
        for (var i = 0; i < 9; i++)
        {
            Assert.Null(await store.TryPressAsync(Robin, Budgets, Start.AddSeconds(i), Token));
        }

        var results = await AtOnceAsync<IPressBudgetStore, int?>(6, (instance, _) => instance.TryPressAsync(Robin, Budgets, Start.AddSeconds(30), Token));

        Assert.Single(results, result => result is null);
        Assert.Equal(5, results.Count(result => result == 0));
        Assert.Equal(0, await store.TryPressAsync(Robin, Budgets, Start.AddSeconds(31), Token));
    }

    [Fact]
    public async Task A_new_person_taking_their_first_presses_at_once_on_several_instances_loses_none()
    {
        var results = await AtOnceAsync<IPressBudgetStore, int?>(6, (instance, _) => instance.TryPressAsync(Robin, Budgets, Start, Token));

        Assert.All(results, Assert.Null);
        var store = Store<IPressBudgetStore>();
        for (var i = 0; i < 4; i++)
        {
            Assert.Null(await store.TryPressAsync(Robin, Budgets, Start.AddSeconds(1), Token));
        }

        Assert.Equal(0, await store.TryPressAsync(Robin, Budgets, Start.AddSeconds(2), Token));
    }

    [Fact]
    public async Task People_idle_for_an_hour_are_forgotten_and_someone_who_pressed_since_is_kept()
    {
        var store = Store<IPressBudgetStore>();
        for (var i = 0; i < 10; i++)
        {
            await store.TryPressAsync(Robin, Budgets, Start, Token);
            await store.TryPressAsync("alex-key", Budgets, Start.AddMinutes(30), Token);
        }

        var forgotten = await store.ForgetIdleSinceAsync(Start.AddMinutes(10), Token);
        var again = await store.ForgetIdleSinceAsync(Start.AddMinutes(10), Token);

        Assert.Equal(1, forgotten);
        Assert.Equal(0, again);
        Assert.Null(await store.TryPressAsync(Robin, Budgets, Start.AddSeconds(30), Token));
        Assert.Equal(0, await store.TryPressAsync("alex-key", Budgets, Start.AddMinutes(30.5), Token));
    }
}

/// <summary>The IPressBudgetStore contract on SQLite.</summary>
public sealed class PressBudgetStoreContractOnSqlite() : PressBudgetStoreContract(StoreBackend.Sqlite());

/// <summary>The IPressBudgetStore contract on Azure Tables (Azurite).</summary>
[Slow]
public sealed class PressBudgetStoreContractOnAzurite(Azurite azurite) : PressBudgetStoreContract(StoreBackend.Azure(azurite));
