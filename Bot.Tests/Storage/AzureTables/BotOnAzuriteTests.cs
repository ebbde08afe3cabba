using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using OutcomesBot.Bot.Storage;
using OutcomesBot.Bot.Storage.AzureTables;
using OutcomesBot.Bot.Storage.Sqlite;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.Bot.Tests.Storage.AzureTables;

/// <summary>The whole bot with <c>Storage:Provider = AzureTables</c>: tables are created on start and turns use them.</summary>
[Slow]
public sealed class BotOnAzuriteTests(Azurite azurite)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_install_on_Azure_Tables_welcomes_once_and_keeps_the_conversation_in_Azure_not_in_SQLite()
    {
        var settings = await azurite.StorageSettingsAsync("host", Token);
        using var app = new BotAppFactory(settings);

        await Task.WhenAll(
            app.PostActivityAsync(Samples.Fresh("installationUpdate-personal")),
            app.PostActivityAsync(Samples.Fresh("conversationUpdate-personal")));

        Assert.Single(app.Connector.Sent);
        Assert.IsType<AzureConversationStore>(app.Get<IConversationStore>());
        Assert.IsType<AzureOutboxStore>(app.Get<IOutboxStore>());
        Assert.NotNull(await app.Get<IConversationStore>().FindPersonalAsync("user-id-0", Token));
        var tableName = settings["Storage:AzureTables:TablePrefix"] + AzureConversationStore.TableName;
        Assert.True(await app.Get<TableServiceClient>().QueryAsync(table => table.Name == tableName, cancellationToken: Token).AnyAsync(Token), tableName);
        Assert.False(File.Exists(app.Get<SqliteDatabase>().FilePath), "on Azure Tables the bot keeps nothing in its SQLite file");
    }

    [Fact]
    public void Azure_Tables_without_a_connection_string_or_an_endpoint_stops_the_bot_on_start_with_the_keys_to_set()
    {
        using var app = new BotAppFactory(new Dictionary<string, string?> { ["Storage:Provider"] = "AzureTables" });

        var error = Assert.Throws<OptionsValidationException>(() => app.Get<IOptions<StorageOptions>>().Value);

        Assert.Contains("Storage:AzureTables:ConnectionString", error.Message);
        Assert.Contains("Storage:AzureTables:Endpoint", error.Message);
    }
}
