using OutcomesBot.Bot.Storage.Sqlite;
using OutcomesBot.Bot.Tests.Storage.Contract;

namespace OutcomesBot.Bot.Tests.Delivery;

/// <summary>The broken-message delivery tests on SQLite: the stored card is no longer JSON.</summary>
public sealed class BrokenMessageDeliveryOnSqlite() : BrokenMessageDeliveryContract(StoreBackend.Sqlite())
{
    protected override async Task CorruptAsync(string cycleId, string recipientId) =>
        Assert.Equal(1, await Store<SqliteDatabase>().ExecuteAsync(
            "UPDATE outbox SET card_json = '{\"type\": \"AdaptiveCard\", \"body\": [' WHERE cycle_id = $cycle AND recipient_id = $recipient;",
            command => command.With("$cycle", cycleId).With("$recipient", recipientId),
            Token));
}
