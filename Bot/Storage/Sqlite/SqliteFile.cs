using Microsoft.Data.Sqlite;

namespace OutcomesBot.Bot.Storage.Sqlite;

/// <summary>A SQLite file in the bot's data folder (created if missing) and the connection string every user of it shares.</summary>
public sealed record SqliteFile(string FilePath, string ConnectionString)
{
    public static SqliteFile InDataDirectory(StorageOptions options, IHostEnvironment environment, string fileName)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        var folder = Path.GetFullPath(options.DataDirectory, environment.ContentRootPath);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, fileName);
        return new SqliteFile(path, ConnectionStringFor(path));
    }

    /// <summary>The connection string every user of the file at <paramref name="path"/> shares (one connection pool per file).</summary>
    public static string ConnectionStringFor(string path) =>
        new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            // Seconds a command waits on a locked database before failing; SQLite serialises writers.
            DefaultTimeout = 30,
        }.ToString();
}
