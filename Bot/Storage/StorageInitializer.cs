using OutcomesBot.Bot.Storage.AzureTables;
using OutcomesBot.Bot.Storage.Sqlite;

namespace OutcomesBot.Bot.Storage;

/// <summary>
/// Prepares the chosen backend on start: the SQLite schema, or the Azure tables, never both (every store has both
/// adapters, decision 011). The scheduler keeps its own store whatever the provider (decision 006).
/// </summary>
public sealed class StorageInitializer(IOptions<StorageOptions> options, IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        options.Value.Provider == StorageProvider.AzureTables
            ? services.GetRequiredService<AzureTablesInitializer>().StartAsync(cancellationToken)
            : services.GetRequiredService<SqliteSchemaInitializer>().StartAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
