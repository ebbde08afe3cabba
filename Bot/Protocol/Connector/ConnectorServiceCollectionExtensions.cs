using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Identity.Client;

namespace OutcomesBot.Bot.Protocol.Connector;

public static class ConnectorServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Bot Connector client (<see cref="IConnectorClient"/>), its MSAL token provider and their
    /// options: <see cref="BotConnectorOptions"/> from "BotConnector" and the bot's identity
    /// (<see cref="BotCredentialsOptions"/>) from the top-level Microsoft* keys, both validated at start-up.
    /// Register an <see cref="IMsalHttpClientFactory"/> or <see cref="TimeProvider"/> first to replace the defaults.
    /// </summary>
    public static IServiceCollection AddBotConnector(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);

        services.AddOptions<BotConnectorOptions>()
            .BindConfiguration(BotConnectorOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddBotCredentials();

        // Polly's per-attempt timeout governs; HttpClient's own 100 s default would cut across retries.
        services.AddHttpClient(ConnectorClient.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan);
        services.AddHttpClient(MsalHttpClientFactory.HttpClientName);

        services.TryAddSingleton<IMsalHttpClientFactory, MsalHttpClientFactory>();
        services.TryAddSingleton<IConnectorTokenProvider, MsalConnectorTokenProvider>();
        services.TryAddSingleton<IConnectorClient, ConnectorClient>();
        return services;
    }
}
