using OutcomesBot.Bot.Storage.AzureTables;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.People;

namespace OutcomesBot.Bot.Tests.PersonalData;

/// <summary>Decision 090's outbox at rest on Azure Tables (Azurite): every property of every entity of the outbox table is read raw.</summary>
[Slow]
public sealed class OutboxAtRestOnAzurite(Azurite azurite) : OutboxAtRestContract
{
    protected override async Task<StoryBot> CreateBotAsync(TeamRole alex, TeamRole sam) =>
        await StoryBot.CreateAsync(alex: alex, sam: sam, settings: await azurite.StorageSettingsAsync("rest", Token), configureServices: StoryBot.NoBackgroundDrain);

    protected override async Task<IReadOnlyList<string>> OutboxHoldingAsync(StoryBot bot, string text) =>
        (await AzureTableScan.AllAsync(bot.App.Services, Token))
            .Where(row => row.Table.EndsWith(AzureOutboxStore.TableName, StringComparison.Ordinal) && AzureTableScan.Mentions(row.Entity, [text]))
            .Select(row => $"{row.Table}[{row.Entity.PartitionKey}/{row.Entity.RowKey}]")
            .ToList();
}
