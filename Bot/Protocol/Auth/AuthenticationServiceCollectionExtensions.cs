using Microsoft.Extensions.DependencyInjection.Extensions;

namespace OutcomesBot.Bot.Protocol.Auth;

public static class AuthenticationServiceCollectionExtensions
{
    // Metadata is fetched in the background or while a request waits; either way it must give up well inside Teams' 15 s.
    private static readonly TimeSpan MetadataFetchTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Registers token validation for /api/messages: <see cref="BotAuthenticationOptions"/> and the bot's
    /// <see cref="BotCredentialsOptions"/> (both validated at start-up), the metadata HttpClient, and
    /// <see cref="IRequestAuthenticator"/> as a singleton that caches signing keys per metadata URL.
    /// </summary>
    public static IServiceCollection AddBotAuthentication(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.AddServiceUrlAllowList();
        services.AddHttpClient(MetadataDocumentRetriever.HttpClientName, client => client.Timeout = MetadataFetchTimeout);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<InboundActivityRules>();
        services.TryAddSingleton<IRequestAuthenticator, JwtRequestAuthenticator>();
        return services;
    }

    /// <summary>
    /// Registers <see cref="ServiceUrlAllowList"/> with <see cref="BotAuthenticationOptions"/> and the bot's credentials
    /// (validated at start-up). Token validation and the connector both need it; calling this twice registers it once.
    /// </summary>
    public static IServiceCollection AddServiceUrlAllowList(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (!services.Any(d => d.ServiceType == typeof(ServiceUrlAllowList)))
        {
            services.AddValidatedOptions<BotAuthenticationOptions>(BotAuthenticationOptions.Section);
            services.AddSingleton<ServiceUrlAllowList>();
        }

        services.AddBotCredentials();
        return services;
    }
}
