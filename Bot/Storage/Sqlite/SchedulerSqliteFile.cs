using Microsoft.Data.Sqlite;

namespace OutcomesBot.Bot.Storage.Sqlite;

/// <summary>
/// The scheduler's own SQLite file, <c>quartz.db</c>, in the bot's data folder. It is kept apart from <c>outcomesbot.db</c>
/// so that the scheduler's polling and locking never queue behind (or block) a turn's writes in a single-writer file,
/// and so that the bot's versioned migrations never meet tables whose schema the scheduler owns. The scheduler opens its
/// connections itself, so they are not pooled: Microsoft.Data.Sqlite's pool can lend one handle to two connections
/// opened at the same moment (see <see cref="PooledCheckout"/>), and the scheduler's few statements a second do not need
/// a pool.
/// </summary>
public sealed class SchedulerSqliteFile
{
    public const string FileName = "quartz.db";

    public SchedulerSqliteFile(IOptions<StorageOptions> options, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        var pooled = SqliteFile.InDataDirectory(options.Value, environment, FileName).ConnectionString;
        ConnectionString = new SqliteConnectionStringBuilder(pooled) { Pooling = false }.ToString();
    }

    public string ConnectionString { get; }
}
