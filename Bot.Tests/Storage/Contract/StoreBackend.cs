using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OutcomesBot.Bot.Storage;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Bot.Turns;

namespace OutcomesBot.Bot.Tests.Storage.Contract;

/// <summary>
/// One backend's stores for one test, wired exactly as the bot wires them (AddBotStorage with Storage:Provider), each
/// test on its own SQLite file or its own set of Azure tables (a random table prefix).
/// </summary>
public sealed class StoreBackend : IAsyncDisposable
{
    private readonly Func<CancellationToken, Task<Dictionary<string, string?>>> _settings;
    private readonly TemporaryDirectory _folder = new();
    private readonly List<ServiceProvider> _providers = [];
    private Dictionary<string, string?>? _resolved;

    private StoreBackend(Func<CancellationToken, Task<Dictionary<string, string?>>> settings) => _settings = settings;

    public static StoreBackend Sqlite() => new(_ => Task.FromResult(new Dictionary<string, string?> { ["Storage:Provider"] = "Sqlite" }));

    public static StoreBackend Azure(Azurite azurite) => new(cancellationToken => azurite.StorageSettingsAsync("t", cancellationToken));

    /// <summary>The settings the stores were built from (after <see cref="StartAsync"/>), to start a bot on the same data.</summary>
    public IReadOnlyDictionary<string, string?> Settings => _resolved ?? throw new InvalidOperationException("StartAsync first");

    /// <summary>Reads the settings and creates the schema (SQLite) or the tables (Azure), as the host does on start.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _resolved = await _settings(cancellationToken);
        _resolved["Storage:DataDirectory"] = _folder.Path;
        await Build(TimeProvider.System, null).GetServices<IHostedService>().OfType<StorageInitializer>().Single().StartAsync(cancellationToken);
    }

    /// <summary>
    /// A container over the same data with its own clock (and turn options, for the deduplicator); <paramref name="before"/>
    /// registers what should replace the storage's own (a <c>TableClientOptions</c> with a test's pipeline policy).
    /// </summary>
    public IServiceProvider Build(TimeProvider clock, TurnOptions? turns, Action<IServiceCollection>? before = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(_resolved ?? throw new InvalidOperationException("StartAsync first")).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton(clock)
            .AddSingleton<IHostEnvironment>(new TestEnvironment(_folder.Path))
            .AddLogging();
        services.AddOptions<TurnOptions>().Configure(options =>
        {
            options.TurnTimeout = turns?.TurnTimeout ?? options.TurnTimeout;
            options.DeduplicationWindow = turns?.DeduplicationWindow ?? options.DeduplicationWindow;
        });
        before?.Invoke(services);
        services.AddBotStorage();
        var provider = services.BuildServiceProvider();
        _providers.Add(provider);
        return provider;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var provider in _providers)
        {
            await provider.DisposeAsync();
        }

        SqlitePools.ClearFolder(_folder.Path);
        _folder.Dispose();
    }

    private sealed class TestEnvironment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Test";

        public string ApplicationName { get; set; } = "OutcomesBot.Bot.Tests";

        public string ContentRootPath { get; set; } = root;

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}
