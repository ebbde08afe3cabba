using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Identity.Client;
using OutcomesBot.Bot.Protocol.Auth;

namespace OutcomesBot.Bot.Protocol.Connector;

public static class ConnectorServiceCollectionExtensions
{
    /// <summary>The service key of the <see cref="IConnectorClient"/> that makes one attempt per call and leaves retries to the caller.</summary>
    public const string SingleAttemptKey = "single-attempt";

    /// <summary>
    /// Registers the Bot Connector client (<see cref="IConnectorClient"/>), its MSAL token provider and their
    /// options: <see cref="BotConnectorOptions"/> from "BotConnector" and the bot's identity
    /// (<see cref="BotCredentialsOptions"/>) from the top-level Microsoft* keys, both validated at start-up, and the
    /// <see cref="ServiceUrlAllowList"/> every call is checked against before the token is attached.
    /// Register an <see cref="IMsalHttpClientFactory"/> or <see cref="TimeProvider"/> first to replace the defaults.
    /// </summary>
    public static IServiceCollection AddBotConnector(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);

        services.AddValidatedOptions<BotConnectorOptions>(BotConnectorOptions.Section);
        services.AddServiceUrlAllowList();

        // Polly's per-attempt timeout governs; HttpClient's own 100 s default would cut across retries.
        services.AddHttpClient(ConnectorClient.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan);
        services.AddHttpClient(MsalHttpClientFactory.HttpClientName);

        services.TryAddSingleton<IMsalHttpClientFactory, MsalHttpClientFactory>();
        services.TryAddSingleton<IConnectorTokenProvider, MsalConnectorTokenProvider>();
        services.TryAddSingleton<IConnectorClient, ConnectorClient>();

        // The delivery engine retries 429 and 5xx itself, so that its rate limiter sees them: it gets a client that
        // tries once (the per-attempt timeout still applies). See docs/decisions/007.
        services.TryAddKeyedSingleton<IConnectorClient>(SingleAttemptKey, static (provider, _) => new ConnectorClient(
            provider.GetRequiredService<IHttpClientFactory>(),
            provider.GetRequiredService<IConnectorTokenProvider>(),
            provider.GetRequiredService<ServiceUrlAllowList>(),
            Options.Create(SingleAttempt(provider.GetRequiredService<IOptions<BotConnectorOptions>>().Value)),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<ConnectorClient>>()));
        return services;
    }

    private static BotConnectorOptions SingleAttempt(BotConnectorOptions options) => new()
    {
        MaxRetries = 0,
        BaseDelay = options.BaseDelay,
        MaxDelay = options.MaxDelay,
        Timeout = options.Timeout,
        AuthorityHost = options.AuthorityHost,
    };
}
