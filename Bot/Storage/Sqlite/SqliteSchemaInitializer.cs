using Microsoft.Data.Sqlite;

namespace OutcomesBot.Bot.Storage.Sqlite;

/// <summary>Brings the SQLite schema up to date when the host starts, before any request is served.</summary>
public sealed partial class SqliteSchemaInitializer(SqliteDatabase database, ILogger<SqliteSchemaInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, "PRAGMA journal_mode = WAL;", cancellationToken);
        var version = Convert.ToInt32(await ScalarAsync(connection, "PRAGMA user_version;", cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        var steps = SqliteMigrations.Steps;
        for (var next = version; next < steps.Count; next++)
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            await ExecuteAsync(connection, steps[next], cancellationToken, transaction);
            await ExecuteAsync(connection, $"PRAGMA user_version = {next + 1};", cancellationToken, transaction);
            await transaction.CommitAsync(cancellationToken);
        }

        LogSchemaReady(database.FilePath, version, steps.Count);

        // The file is this process's alone (decisions 004, 022): an unfinished claim is one a killed process was working
        // on. Released now, Teams' redelivery is processed instead of being told "still working" until the claim goes stale.
        var released = await ExecuteAsync(connection, "DELETE FROM processed_activities WHERE completed_at IS NULL;", cancellationToken);
        if (released > 0)
        {
            LogClaimsReleased(released);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static async Task<int> ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken, SqliteTransaction? transaction = null)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "SQLite store ready at {Path} (schema {From} -> {To})")]
    private partial void LogSchemaReady(string path, int from, int to);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Released {Count} activity claims left unfinished by a process that stopped mid-turn; Teams' redelivery will process them")]
    private partial void LogClaimsReleased(int count);
}
