using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OutcomesBot.Bot.Storage;
using OutcomesBot.Bot.Storage.Sqlite;
using OutcomesBot.Bot.Storage.Sqlite.PersonalData;

namespace OutcomesBot.Bot.Tests.Support;

/// <summary>A real SQLite database file in a fresh test folder (<see cref="TestFolders"/>), with the schema applied, for store tests.</summary>
public sealed class TempSqlite : IAsyncDisposable
{
    private TempSqlite(SqliteDatabase database, string folder)
    {
        Database = database;
        Folder = folder;
    }

    public SqliteDatabase Database { get; }

    public string Folder { get; }

    /// <summary>The personal-data source registered under <paramref name="name"/>, over this database.</summary>
    public SqlitePersonalDataSource PersonalData(string name) =>
        new(Database, name, SqlitePersonalDataSources.All.Single(source => source.Name == name).Tables, TimeProvider.System);

    public static async Task<TempSqlite> CreateAsync()
    {
        var folder = TestFolders.NewPath();
        var environment = new Mock<IHostEnvironment>();
        environment.SetupGet(e => e.ContentRootPath).Returns(folder);
        var database = new SqliteDatabase(Options.Create(new StorageOptions { DataDirectory = folder }), environment.Object);
        await new SqliteSchemaInitializer(database, NullLogger<SqliteSchemaInitializer>.Instance).StartAsync(TestContext.Current.CancellationToken);
        return new TempSqlite(database, folder);
    }

    public ValueTask DisposeAsync()
    {
        Database.Dispose();
        SqlitePools.ClearFolder(Folder);
        Directory.Delete(Folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
