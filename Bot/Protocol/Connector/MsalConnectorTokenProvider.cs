using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace OutcomesBot.Bot.Protocol.Connector;

// Client-credential (or user-assigned managed identity) tokens for the Bot Connector through MSAL. Registered
// as a singleton: the MSAL application and its in-memory token cache are built once, so tokens are reused for
// about an hour and refreshed by MSAL before they expire.
internal sealed class MsalConnectorTokenProvider : IConnectorTokenProvider
{
    public const string Scope = "https://api.botframework.com/.default";
    private const string ManagedIdentityResource = "https://api.botframework.com";
    private const string MultiTenantTenant = "botframework.com";

    private readonly IConfidentialClientApplication? _confidentialClient;
    private readonly IManagedIdentityApplication? _managedIdentity;
    private readonly ILogger<MsalConnectorTokenProvider> _logger;

    public MsalConnectorTokenProvider(
        IOptions<BotCredentialsOptions> credentials,
        IOptions<BotConnectorOptions> connectorOptions,
        IMsalHttpClientFactory msalHttpClientFactory,
        ILogger<MsalConnectorTokenProvider> logger)
    {
        _logger = logger;
        var identity = credentials.Value;
        if (!identity.HasAppId)
        {
            ConnectorLog.NoAppId(logger);
            return;
        }

        var appId = identity.MicrosoftAppId!;
        if (identity.MicrosoftAppType == BotAppType.UserAssignedMSI)
        {
            _managedIdentity = ManagedIdentityApplicationBuilder
                .Create(ManagedIdentityId.WithUserAssignedClientId(appId))
                .WithHttpClientFactory(msalHttpClientFactory)
                .Build();
            return;
        }

        var tenant = identity.MicrosoftAppType == BotAppType.MultiTenant ? MultiTenantTenant : identity.MicrosoftAppTenantId!;
        var authority = $"{connectorOptions.Value.AuthorityHost.AbsoluteUri.TrimEnd('/')}/{Uri.EscapeDataString(tenant)}";
        _confidentialClient = ConfidentialClientApplicationBuilder
            .Create(appId)
            .WithClientSecret(identity.MicrosoftAppPassword)
            .WithAuthority(authority)
            .WithHttpClientFactory(msalHttpClientFactory)
            .Build();
    }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_confidentialClient is null && _managedIdentity is null)
        {
            return null;
        }

        try
        {
            var result = _confidentialClient is not null
                ? await _confidentialClient.AcquireTokenForClient([Scope]).ExecuteAsync(cancellationToken)
                : await _managedIdentity!.AcquireTokenForManagedIdentity(ManagedIdentityResource).ExecuteAsync(cancellationToken);
            ConnectorLog.TokenAcquired(_logger, result.AuthenticationResultMetadata.TokenSource, result.ExpiresOn);
            return result.AccessToken;
        }
        catch (MsalException exception)
        {
            ConnectorLog.TokenFailed(_logger, exception.ErrorCode);
            throw new ConnectorException($"Could not acquire a Bot Connector token (MSAL error {exception.ErrorCode}).", exception);
        }
    }
}
