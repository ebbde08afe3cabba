using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using OutcomesBot.Bot.Storage;

namespace OutcomesBot.Bot.Scheduling;

/// <summary>
/// Quartz's own SQLite file, <c>quartz.db</c>, in the bot's data folder. It is kept apart from <c>outcomesbot.db</c>
/// so that Quartz's polling and locking never queue behind (or block) a turn's writes in a single-writer file,
/// and so that the bot's versioned migrations never meet tables whose schema Quartz owns.
/// </summary>
public sealed class QuartzSqliteFile
{
    public const string FileName = "quartz.db";

    public QuartzSqliteFile(IOptions<StorageOptions> options, IHostEnvironment environment)
    {
        var folder = Path.GetFullPath(options.Value.DataDirectory, environment.ContentRootPath);
        Directory.CreateDirectory(folder);
        FilePath = Path.Combine(folder, FileName);
        ConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public string FilePath { get; }

    public string ConnectionString { get; }
}
