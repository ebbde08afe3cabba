using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Scheduler.CheckIns;

namespace OutcomesBot.Bot.Tests.Storage.Contract;

public abstract class CheckInCycleLogContract(StoreBackend backend) : StoreContract(backend)
{
    private static readonly DateTimeOffset Slot = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_recovered_firing_with_the_same_fire_instance_is_recorded_once()
    {
        var log = Store<ICheckInCycleLog>();
        var firing = new CheckInCycleFiring("team", Slot, Slot.AddSeconds(2), "fire-1");

        await log.RecordAsync(firing, Token);
        await log.RecordAsync(firing with { FiredAt = Slot.AddMinutes(5) }, Token);

        Assert.Equal([firing], await log.ListAsync("team", Token));
    }

    [Fact]
    public async Task Firings_are_listed_per_team_oldest_first()
    {
        var log = Store<ICheckInCycleLog>();
        var later = new CheckInCycleFiring("team", Slot.AddDays(7), Slot.AddDays(7), "fire-2");
        var earlier = new CheckInCycleFiring("team", Slot, Slot, "fire-1");

        await log.RecordAsync(later, Token);
        await log.RecordAsync(earlier, Token);
        await log.RecordAsync(new CheckInCycleFiring("other", Slot, Slot, "fire-3"), Token);

        Assert.Equal([earlier, later], await log.ListAsync("team", Token));
    }
}

/// <summary>The ICheckInCycleLog contract on SQLite.</summary>
public sealed class CheckInCycleLogContractOnSqlite() : CheckInCycleLogContract(StoreBackend.Sqlite());

/// <summary>The ICheckInCycleLog contract on Azure Tables (Azurite).</summary>
[Slow]
public sealed class CheckInCycleLogContractOnAzurite(Azurite azurite) : CheckInCycleLogContract(StoreBackend.Azure(azurite));
