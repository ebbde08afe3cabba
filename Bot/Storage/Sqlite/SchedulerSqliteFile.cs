namespace OutcomesBot.Bot.Storage.Sqlite;

/// <summary>
/// The scheduler's own SQLite file, <c>quartz.db</c>, in the bot's data folder. It is kept apart from <c>outcomesbot.db</c>
/// so that the scheduler's polling and locking never queue behind (or block) a turn's writes in a single-writer file,
/// and so that the bot's versioned migrations never meet tables whose schema the scheduler owns.
/// </summary>
public sealed class SchedulerSqliteFile
{
    public const string FileName = "quartz.db";

    public SchedulerSqliteFile(IOptions<StorageOptions> options, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ConnectionString = SqliteFile.InDataDirectory(options.Value, environment, FileName).ConnectionString;
    }

    public string ConnectionString { get; }
}
