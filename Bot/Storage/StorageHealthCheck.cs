using Microsoft.Extensions.Diagnostics.HealthChecks;
using OutcomesBot.Bot.Storage.AzureTables;
using OutcomesBot.Bot.Storage.Sqlite;

namespace OutcomesBot.Bot.Storage;

/// <summary>
/// Readiness of the chosen backend: SQLite opens the bot's file and finds its schema; Azure Tables reads one row of the
/// conversations table (endpoint reachable, credential accepted, tables created). Nothing is written.
/// </summary>
public sealed partial class StorageHealthCheck(IOptions<StorageOptions> options, IServiceProvider services, ILogger<StorageHealthCheck> logger) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return options.Value.Provider == StorageProvider.AzureTables ? await AzureAsync(cancellationToken) : await SqliteAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogUnready(options.Value.Provider, exception.GetType().Name, exception);
            return HealthCheckResult.Unhealthy("storage is not answering");
        }
    }

    private async Task<HealthCheckResult> SqliteAsync(CancellationToken cancellationToken)
    {
        var tables = await services.GetRequiredService<SqliteDatabase>().QueryFirstAsync(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'conversations';", _ => { }, reader => reader.GetInt64(0), cancellationToken);
        return tables == 1 ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("the SQLite schema is missing");
    }

    private async Task<HealthCheckResult> AzureAsync(CancellationToken cancellationToken)
    {
        var table = services.GetRequiredService<AzureTableSet>()[AzureConversationStore.TableName];
        await table.QueryAsync("", cancellationToken, take: 1, columns: ["RowKey"]);
        return HealthCheckResult.Healthy();
    }

    [LoggerMessage(EventId = 4110, Level = LogLevel.Warning, Message = "Readiness: {Provider} storage is not answering ({ExceptionType})")]
    private partial void LogUnready(StorageProvider provider, string exceptionType, Exception exception);
}
