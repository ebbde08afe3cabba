using Microsoft.Extensions.Options;
using OutcomesBot.Bot.Storage.AzureTables;
using OutcomesBot.Bot.Storage.Sqlite;

namespace OutcomesBot.Bot.Storage;

/// <summary>Prepares the chosen backend on start: the SQLite schema, or the Azure tables. The other one is left untouched.</summary>
public sealed class StorageInitializer(IOptions<StorageOptions> options, IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        options.Value.Provider == StorageProvider.AzureTables
            ? services.GetRequiredService<AzureTablesInitializer>().StartAsync(cancellationToken)
            : services.GetRequiredService<SqliteSchemaInitializer>().StartAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
