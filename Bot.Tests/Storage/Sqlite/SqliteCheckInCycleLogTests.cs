using OutcomesBot.Bot.Storage.Sqlite;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Scheduler.CheckIns;

namespace OutcomesBot.Bot.Tests.Storage.Sqlite;

public sealed class SqliteCheckInCycleLogTests
{
    private static readonly DateTimeOffset Slot = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_recovered_firing_with_the_same_fire_instance_is_recorded_once()
    {
        await using var db = await TempSqlite.CreateAsync();
        var log = new SqliteCheckInCycleLog(db.Database);
        var firing = new CheckInCycleFiring("team", Slot, Slot.AddSeconds(2), "fire-1");

        await log.RecordAsync(firing, Token);
        await log.RecordAsync(firing with { FiredAt = Slot.AddMinutes(5) }, Token);

        Assert.Equal([firing], await log.ListAsync("team", Token));
    }

    [Fact]
    public async Task Firings_are_listed_per_team_oldest_first()
    {
        await using var db = await TempSqlite.CreateAsync();
        var log = new SqliteCheckInCycleLog(db.Database);
        var later = new CheckInCycleFiring("team", Slot.AddDays(7), Slot.AddDays(7), "fire-2");
        var earlier = new CheckInCycleFiring("team", Slot, Slot, "fire-1");

        await log.RecordAsync(later, Token);
        await log.RecordAsync(earlier, Token);
        await log.RecordAsync(new CheckInCycleFiring("other", Slot, Slot, "fire-3"), Token);

        Assert.Equal([earlier, later], await log.ListAsync("team", Token));
    }
}
