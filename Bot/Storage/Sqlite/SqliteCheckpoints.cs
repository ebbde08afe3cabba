using Microsoft.Data.Sqlite;

namespace OutcomesBot.Bot.Storage.Sqlite;

/// <summary>
/// Moves the WAL into the database file off the turn path (decisions 042, 044): a second after the last checkpoint, or a
/// tenth of a second while turns are writing. SQLite's own checkpoint runs inside the COMMIT that crosses its threshold,
/// holding the write gate while it copies and syncs, and every turn queued behind it waits. A passive checkpoint on its
/// own connection takes no write lock, so writers go on appending meanwhile; but while they do, it never moves the whole
/// log, and only a log moved whole lets the next writer start it again from its first frame. So a long log is moved in
/// two passes and its last frames with this process's writers held at the gate for a few milliseconds. SQLite's own
/// threshold stays as a safety net (<see cref="SqliteDatabase"/>).
/// </summary>
/// <remarks>
/// A hosted loop rather than a scheduled job: it runs for the life of the process, as often as ten times a second, and must
/// not queue behind the scheduler's jobs.
/// </remarks>
public sealed partial class SqliteCheckpoints(SqliteDatabase database, IOptions<StorageOptions> options, TimeProvider timeProvider, ILogger<SqliteCheckpoints> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The wait after a checkpoint while turns are writing (<see cref="ActiveLogFrames"/>). At saturation turns
    /// append about 27,000 pages a second: with a checkpoint a second, the log crossed SQLite's own threshold every third of
    /// a second, and the COMMIT that crossed it checkpointed while holding the write gate, so every turn in flight waited
    /// 60 to 100 ms, three times a second.
    /// </summary>
    public static readonly TimeSpan BusyInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>A log at least this long (400 KB) that has changed since the last look makes the next wait <see cref="BusyInterval"/>.</summary>
    public const long ActiveLogFrames = 100;

    /// <summary>A log this long (4 MB) is moved whole, with writers held for its last frames, so that it starts again.</summary>
    public const long WholeLogFrames = 1_000;

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
            var wait = Interval;
            long? last = null;
            while (true)
            {
                await Task.Delay(wait, timeProvider, stoppingToken);
                // Off the thread that fired the timer: a test's manual clock fires it inline on the test's own thread.
                await Task.Yield();
                var logFrames = await CheckpointOnceAsync(last, stoppingToken);
                // A log that has grown (or started again and grown) since the last look: turns are writing.
                wait = logFrames is not { } frames || (frames >= ActiveLogFrames && frames != last) ? BusyInterval : Interval;
                last = logFrames;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping; SQLite checkpoints what is left when the last connection closes.
        }
    }

    // The frames in the log, or null when they are not known (a checkpoint was already running, or this one failed). A log
    // unchanged since the last look has nothing new to move whole.
    private async Task<long?> CheckpointOnceAsync(long? last, CancellationToken cancellationToken)
    {
        try
        {
            var (logFrames, _) = await database.CheckpointAsync(cancellationToken);
            if (logFrames < 0)
            {
                return null;
            }

            if (logFrames < WholeLogFrames || logFrames == last)
            {
                return logFrames;
            }

            // Writers went on appending while the bulk was copied: a second pass takes most of that, and the rest is moved
            // with them held, so that the next writer starts the log again from its first frame.
            await database.CheckpointAsync(cancellationToken);
            await database.CheckpointWholeLogAsync(cancellationToken);
            return logFrames;
        }
        catch (SqliteException exception)
        {
            // The next tick tries again; the WAL only grows meanwhile, and SQLite's own threshold still bounds it.
            LogCheckpointFailed(exception.SqliteErrorCode);
            return null;
        }
    }

    [LoggerMessage(EventId = 2301, Level = LogLevel.Warning, Message = "A background checkpoint of the SQLite log failed (SQLite error {ErrorCode}); the next one tries again")]
    private partial void LogCheckpointFailed(int errorCode);
}
