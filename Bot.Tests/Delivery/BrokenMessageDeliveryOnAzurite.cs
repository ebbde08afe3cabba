using OutcomesBot.Bot.Storage.AzureTables;
using OutcomesBot.Bot.Tests.Storage.Contract;
using OutcomesBot.Bot.Tests.Support;

namespace OutcomesBot.Bot.Tests.Delivery;

/// <summary>The broken-message delivery tests on Azure Tables: the message row's stored JSON is cut short.</summary>
[Slow]
public sealed class BrokenMessageDeliveryOnAzurite(Azurite azurite) : BrokenMessageDeliveryContract(StoreBackend.Azure(azurite))
{
    protected override async Task CorruptAsync(string cycleId, string recipientId)
    {
        var table = Store<AzureTableSet>()[AzureOutboxStore.TableName];
        var stored = await table.GetAsync("c|" + cycleId, "m|" + recipientId + "|checkin", Token);
        Assert.NotNull(stored);
        stored["Data"] = stored.GetString("Data")[..40];
        Assert.True(await table.TryAsync(AzureWrite.Replace(stored), Token));
    }
}
