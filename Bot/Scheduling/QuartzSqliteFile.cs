using Microsoft.Extensions.Options;
using OutcomesBot.Bot.Storage;
using OutcomesBot.Bot.Storage.Sqlite;

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
        ArgumentNullException.ThrowIfNull(options);
        ConnectionString = SqliteFile.InDataDirectory(options.Value, environment, FileName).ConnectionString;
    }

    public string ConnectionString { get; }
}
