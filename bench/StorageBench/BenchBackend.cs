using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using OutcomesBot.Bot.Storage;

namespace OutcomesBot.StorageBench;

/// <summary>One backend wired as the bot wires it (AddBotStorage), on a temp folder or a fresh table prefix.</summary>
internal sealed class BenchBackend : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly string _folder;

    private BenchBackend(string name, ServiceProvider services, string folder)
    {
        Name = name;
        _services = services;
        _folder = folder;
    }

    public string Name { get; }

    /// <summary>The prefix of this backend's Azure tables, to open another backend over the same data.</summary>
    public string TablePrefix { get; private init; } = "";

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    /// <summary>
    /// The backend on fresh tables, or on those of <paramref name="tablePrefix"/> (another backend's data, read with other
    /// settings); <paramref name="batchReadConcurrency"/> sets <c>Storage:AzureTables:BatchReadConcurrency</c> (decision 099).
    /// </summary>
    public static async Task<BenchBackend> StartAsync(
        string name, string? azureConnectionString, CancellationToken cancellationToken, string? tablePrefix = null, int? batchReadConcurrency = null)
    {
        var folder = Directory.CreateTempSubdirectory("storagebench-").FullName;
        var prefix = tablePrefix ?? "bench" + Guid.NewGuid().ToString("N")[..8];
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = azureConnectionString is null ? "Sqlite" : "AzureTables",
            ["Storage:DataDirectory"] = folder,
            ["Storage:AzureTables:ConnectionString"] = azureConnectionString,
            ["Storage:AzureTables:TablePrefix"] = prefix,
        };
        if (batchReadConcurrency is { } concurrency)
        {
            settings["Storage:AzureTables:BatchReadConcurrency"] = concurrency.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddSingleton<IHostEnvironment>(new BenchEnvironment(folder))
            .AddLogging();
        services.AddBotStorage();
        var provider = services.BuildServiceProvider();
        foreach (var hosted in provider.GetServices<IHostedService>())
        {
            await hosted.StartAsync(cancellationToken);
        }

        return new BenchBackend(name, provider, folder) { TablePrefix = prefix };
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private sealed class BenchEnvironment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Benchmark";

        public string ApplicationName { get; set; } = "StorageBench";

        public string ContentRootPath { get; set; } = root;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
