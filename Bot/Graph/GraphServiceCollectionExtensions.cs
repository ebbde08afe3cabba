using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OutcomesBot.Bot.Protocol;
using OutcomesBot.Bot.Protocol.Connector;

namespace OutcomesBot.Bot.Graph;

public static class GraphServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Microsoft Graph team directory (<see cref="ITeamDirectory"/>) with <see cref="GraphOptions"/> from
    /// "Graph" (validated on start). It signs in as the bot's own app: client secret, or the user-assigned managed identity;
    /// with no MicrosoftAppId, Graph is off and callers fall back to the connector. Register a <see cref="GraphCredential"/>
    /// first to replace the credential (tests do).
    /// </summary>
    public static IServiceCollection AddBotGraph(this IServiceCollection services)
    {
        services.AddValidatedOptions<GraphOptions>(GraphOptions.Section);
        services.AddBotCredentials();
        services.TryAddSingleton(provider => new GraphCredential(CredentialFor(
            provider.GetRequiredService<IOptions<BotCredentialsOptions>>().Value,
            provider.GetService<IOptions<BotConnectorOptions>>()?.Value.AuthorityHost)));
        services.TryAddSingleton<ITeamDirectory, GraphTeamDirectory>();
        return services;
    }

    private static TokenCredential? CredentialFor(BotCredentialsOptions identity, Uri? authorityHost)
    {
        if (!identity.HasAppId)
        {
            return null;
        }

        if (identity.MicrosoftAppType == BotAppType.UserAssignedMSI)
        {
            return new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(identity.MicrosoftAppId!));
        }

        // A multi-tenant bot still reads Graph in the tenant it serves; without a tenant id it cannot, so Graph stays off.
        if (string.IsNullOrWhiteSpace(identity.MicrosoftAppTenantId))
        {
            return null;
        }

        var options = new ClientSecretCredentialOptions();
        if (authorityHost is not null)
        {
            options.AuthorityHost = authorityHost;
        }

        return new ClientSecretCredential(identity.MicrosoftAppTenantId, identity.MicrosoftAppId, identity.MicrosoftAppPassword, options);
    }
}
