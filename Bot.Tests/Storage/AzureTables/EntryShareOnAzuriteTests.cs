using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Bot.Tests.Turns;

namespace OutcomesBot.Bot.Tests.Storage.AzureTables;

/// <summary>"Send this entry to one person" through the whole bot with <c>Storage:Provider = AzureTables</c>.</summary>
[Slow]
public sealed class EntryShareOnAzuriteTests(Azurite azurite)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_entry_sent_on_Azure_Tables_reaches_the_picked_person_once_and_is_in_the_senders_data() =>
        await EntryShareTurnTests.SendsOnceAndRecordsAsync(await azurite.StorageSettingsAsync("bot", Token));
}
