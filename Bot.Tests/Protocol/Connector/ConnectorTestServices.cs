using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OutcomesBot.Bot.Protocol.Connector;

namespace OutcomesBot.Bot.Tests.Protocol.Connector;

/// <summary>Builds the connector the way the app does (AddBotConnector over configuration), with fast retry settings.</summary>
internal static class ConnectorTestServices
{
    public static readonly IReadOnlyDictionary<string, string?> FastRetries = new Dictionary<string, string?>
    {
        ["BotConnector:MaxRetries"] = "3",
        ["BotConnector:BaseDelay"] = "00:00:00.005",
        ["BotConnector:MaxDelay"] = "00:00:00.050",
        ["BotConnector:Timeout"] = "00:00:05",
    };

    public static ServiceProvider Build(
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configure = null,
        ILoggerProvider? logs = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(FastRetries)
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Trace);
            if (logs is not null)
            {
                logging.AddProvider(logs);
            }
        });
        configure?.Invoke(services);
        services.AddBotConnector();

        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        try
        {
            // What the host does at start: run the ValidateOnStart validators.
            provider.GetRequiredService<IStartupValidator>().Validate();
            return provider;
        }
        catch
        {
            provider.Dispose();
            throw;
        }
    }

    public static IConnectorClient Client(this ServiceProvider provider) => provider.GetRequiredService<IConnectorClient>();
}
