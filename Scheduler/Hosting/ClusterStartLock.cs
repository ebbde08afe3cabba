using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Npgsql;

namespace OutcomesBot.Scheduler.Hosting;

/// <summary>
/// Lets clustered instances start Quartz one at a time. Before any hosted service starts, the instance takes a
/// PostgreSQL advisory lock on a connection of its own; it lets go once every hosted service, Quartz's included, has
/// started. So two instances started at the same moment never create Quartz's tables together (PostgreSQL's
/// <c>CREATE TABLE IF NOT EXISTS</c> is not safe against itself: the loser gets a duplicate key in <c>pg_type</c>), never
/// race to insert the same lock row (quartznet #1786), and never register their jobs and recover each other's
/// firings at once (the start-up deadlocks of quartznet #2745). An instance that dies holding the lock loses it with
/// its connection.
/// </summary>
public sealed partial class ClusterStartLock(IOptions<ScheduleOptions> options, ILogger<ClusterStartLock> logger) : IHostedLifecycleService, IAsyncDisposable
{
    // Any fixed number: advisory locks are named by a 64-bit key, shared by every instance on the database.
    private const long LockKey = 0x4F42_5154_5A53_5452;
    private NpgsqlConnection? _connection;

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        // Unpooled: closing the connection ends the session, which is what releases the lock.
        _connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(options.Value.ConnectionString) { Pooling = false }.ConnectionString);
        await _connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", _connection);
        command.Parameters.AddWithValue("key", LockKey);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        await command.ExecuteNonQueryAsync(cancellationToken);
        LogTaken(logger, waited.ElapsedMilliseconds);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StartedAsync(CancellationToken cancellationToken) => await ReleaseAsync();

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async ValueTask DisposeAsync() => await ReleaseAsync();

    private async Task ReleaseAsync()
    {
        if (_connection is { } connection)
        {
            _connection = null;
            await connection.DisposeAsync();
        }
    }

    [LoggerMessage(EventId = 3601, Level = LogLevel.Debug, Message = "Took the cluster start lock after {WaitedMs} ms")]
    private static partial void LogTaken(ILogger logger, long waitedMs);
}
