using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace OutcomesBot.Bot.Storage.Sqlite;

/// <summary>Opens connections to the bot's SQLite file, creating its folder on first use.</summary>
public sealed class SqliteDatabase
{
    public const string FileName = "outcomesbot.db";

    private readonly string _connectionString;

    public SqliteDatabase(IOptions<StorageOptions> options, IHostEnvironment environment)
    {
        var folder = Path.GetFullPath(options.Value.DataDirectory, environment.ContentRootPath);
        Directory.CreateDirectory(folder);
        FilePath = Path.Combine(folder, FileName);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            // Seconds a command waits on a locked database before failing; SQLite serialises writers.
            DefaultTimeout = 30,
        }.ToString();
    }

    public string FilePath { get; }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
