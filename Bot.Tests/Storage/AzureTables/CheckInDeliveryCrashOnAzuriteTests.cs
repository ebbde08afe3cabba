using Azure.Data.Tables;
using OutcomesBot.Bot.Storage.AzureTables;
using OutcomesBot.Bot.Tests.Storage.Contract;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Scheduler.CheckIns;

namespace OutcomesBot.Bot.Tests.Storage.AzureTables;

/// <summary>
/// The team's "latest cycle" entry is written after the cycle's deliveries, in another partition. A crash between the
/// two must not leave the rhythm card showing the previous cycle once the fan-out is repeated.
/// </summary>
[Slow]
public sealed class CheckInDeliveryCrashOnAzuriteTests(Azurite azurite) : StoreContract(StoreBackend.Azure(azurite))
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_repeated_fan_out_restores_the_team_entry_lost_after_the_deliveries_were_written()
    {
        var clock = new ManualTimeProvider(Monday);
        var store = Store<ICheckInDeliveryStore>(clock);
        await store.AddAsync([Delivery("cycle-1")], Token);
        clock.Advance(TimeSpan.FromDays(7));
        await store.AddAsync([Delivery("cycle-2")], Token);
        var table = Store<AzureTableSet>()[AzureCheckInDeliveryStore.TableName];
        var teamEntries = await table.QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {"team|team-1"}"), Token);
        var lost = Assert.Single(teamEntries, entry => entry.RowKey.EndsWith("|cycle-2", StringComparison.Ordinal));
        Assert.True(await table.TryAsync(new TableTransactionAction(TableTransactionActionType.Delete, lost, lost.ETag), Token));
        Assert.Equal("cycle-1", await store.LatestCycleIdAsync("team-1", Token));

        clock.Advance(TimeSpan.FromMinutes(5));
        var added = await store.AddAsync([Delivery("cycle-2")], Token);

        Assert.Equal(0, added);
        Assert.Equal("cycle-2", await store.LatestCycleIdAsync("team-1", Token));
        Assert.Equal(lost.RowKey, Assert.Single(await table.QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {"team|team-1"}"), Token), entry => entry.RowKey.EndsWith("|cycle-2", StringComparison.Ordinal)).RowKey);
    }

    private static CheckInDelivery Delivery(string cycleId) => new(cycleId, "29:sam", "team-1", Monday, null, "Europe/London", Monday.AddDays(14));
}
