namespace OutcomesBot.Bot.Storage.AzureTables;

/// <summary>
/// Creates the bot's tables every store registered (see StorageInitializer), then runs the one-time data repairs Azure
/// needs where SQLite has a migration (<see cref="AzureBlockedChatsRepair"/>, decision 084; <see cref="AzureOutboxAtRestRepair"/>, 090).
/// </summary>
public sealed partial class AzureTablesInitializer(
    IOptions<StorageOptions> options, AzureTableSet tableSet, IEnumerable<AzureTableName> tables, AzureBlockedChatsRepair blockedChats,
    AzureOutboxAtRestRepair outboxAtRest, ILogger<AzureTablesInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var names = tables.Select(table => table.Name).ToList();
        await tableSet.CreateAsync(names, cancellationToken);
        LogTablesReady(names.Count, options.Value.AzureTables.TablePrefix);
        await blockedChats.RunOnceAsync(cancellationToken);
        await outboxAtRest.RunOnceAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "Azure Table storage ready: {Count} tables with prefix '{Prefix}'")]
    private partial void LogTablesReady(int count, string prefix);
}
