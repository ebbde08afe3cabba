using Microsoft.Extensions.Options;
using OutcomesBot.Bot.Storage.AzureTables;
using OutcomesBot.Bot.Storage.Sqlite;

namespace OutcomesBot.Bot.Storage;

/// <summary>
/// Prepares the chosen backend on start: the SQLite schema, or the Azure tables. On Azure Tables the SQLite schema is
/// prepared too, because the stores added with issues 4 and 5 (rhythms, momentum, you said, stories, learning sets,
/// install log, download links) have no Azure adapter yet and stay in the local SQLite file (README, Storage section).
/// </summary>
public sealed class StorageInitializer(IOptions<StorageOptions> options, IServiceProvider services) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Provider == StorageProvider.AzureTables)
        {
            await services.GetRequiredService<AzureTablesInitializer>().StartAsync(cancellationToken);
        }

        await services.GetRequiredService<SqliteSchemaInitializer>().StartAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
