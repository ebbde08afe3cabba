using Microsoft.Data.Sqlite;

namespace OutcomesBot.Bot.Storage.Sqlite;

/// <summary>
/// Moves the WAL into the database file a second after the last time, off the turn path (decision 042). SQLite's own checkpoint runs
/// inside the COMMIT that crosses its threshold: that was a group commit holding the write gate while it copied about
/// 1,000 pages and synced both files, and every turn queued behind it waited (the p99 outliers at 200 turns/s). A passive
/// checkpoint on its own connection takes no write lock, so writers go on appending meanwhile. SQLite's own threshold
/// stays as a safety net, raised so that it fires only if this loop falls far behind (<see cref="SqliteDatabase"/>).
/// </summary>
/// <remarks>
/// A hosted loop rather than a scheduled job: it runs every second for the life of the process, holds nothing for the turn
/// path, and must not queue behind the scheduler's jobs.
/// </remarks>
public sealed partial class SqliteCheckpoints(SqliteDatabase database, IOptions<StorageOptions> options, TimeProvider timeProvider, ILogger<SqliteCheckpoints> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.Provider != StorageProvider.Sqlite)
        {
            return;
        }

        try
        {
            // A second after the last checkpoint ended, not a periodic tick: a clock moved on by days (a test's manual clock)
            // or a stalled process makes one checkpoint, not one per second missed.
            while (true)
            {
                await Task.Delay(Interval, timeProvider, stoppingToken);
                // Off the thread that fired the timer: a test's manual clock fires it inline on the test's own thread.
                await Task.Yield();
                await CheckpointOnceAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping; SQLite checkpoints what is left when the last connection closes.
        }
    }

    private async Task CheckpointOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await database.CheckpointAsync(cancellationToken);
        }
        catch (SqliteException exception)
        {
            // The next tick tries again; the WAL only grows meanwhile, and SQLite's own threshold still bounds it.
            LogCheckpointFailed(exception.SqliteErrorCode);
        }
    }

    [LoggerMessage(EventId = 2301, Level = LogLevel.Warning, Message = "A background checkpoint of the SQLite log failed (SQLite error {ErrorCode}); the next one tries again")]
    private partial void LogCheckpointFailed(int errorCode);
}
