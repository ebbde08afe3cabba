using System.Collections.Concurrent;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using OutcomesBot.Bot.Protocol.Activities;

namespace OutcomesBot.Bot.Protocol.Auth;

/// <summary>
/// Validates the JWT that the Bot Framework (or Entra) puts on every request to /api/messages, following the
/// Bot Connector authentication rules; docs/decisions/002-own-bot-framework-auth.md says why it is our own code.
/// </summary>
internal sealed class JwtRequestAuthenticator(
    IOptions<BotCredentialsOptions> credentialsOptions,
    IOptions<BotAuthenticationOptions> authenticationOptions,
    IHttpClientFactory httpClientFactory,
    InboundActivityRules activityRules,
    TimeProvider timeProvider,
    ILogger<JwtRequestAuthenticator> logger) : IRequestAuthenticator
{
    private const string ServiceUrlClaim = "serviceurl";

    private readonly BotCredentialsOptions _credentials = credentialsOptions.Value;
    private readonly BotAuthenticationOptions _options = authenticationOptions.Value;
    private readonly TokenIssuerPolicy _issuerPolicy = new(authenticationOptions.Value, credentialsOptions.Value);
    private readonly MetadataDocumentRetriever _retriever = new(httpClientFactory, authenticationOptions.Value.RequireHttpsMetadata);
    // Keyed by configured URLs only (never by anything a token says), so it holds at most two entries.
    private readonly ConcurrentDictionary<string, Lazy<SigningMetadataSource>> _sources = new(StringComparer.Ordinal);
    private readonly JsonWebTokenHandler _handler = new();

    public async ValueTask<AuthenticationOutcome> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);

        // Local mode (no MicrosoftAppId) runs only where the host allowed it (LocalModeGuard); the activity rules still hold.
        var outcome = _credentials.HasAppId
            ? await JudgeAsync(authorizationHeader, activity, cancellationToken)
            : activityRules.Check(activity) ?? AuthenticationOutcome.Disabled();
        if (outcome.Status == AuthenticationStatus.Unauthorized)
        {
            logger.RequestRejected(outcome.Status, outcome.Reason);
        }
        else if (outcome.Status == AuthenticationStatus.Forbidden)
        {
            logger.RequestForbidden(outcome.Reason);
        }

        return outcome;
    }

    private async Task<AuthenticationOutcome> JudgeAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        var token = BearerTokenReader.Read(authorizationHeader, out var reason);
        if (token is null)
        {
            return AuthenticationOutcome.Unauthorized(reason);
        }

        var issuer = _issuerPolicy.Resolve(token, out reason);
        if (issuer is null)
        {
            return AuthenticationOutcome.Unauthorized(reason);
        }

        var source = _sources.GetOrAdd(issuer.MetadataUrl, CreateSource).Value;
        var configuration = await GetSigningMetadataAsync(source, token, cancellationToken);
        if (configuration is null)
        {
            return AuthenticationOutcome.Unauthorized("signing keys unavailable");
        }

        var result = await _handler.ValidateTokenAsync(token.EncodedToken, ValidationParameters(issuer, configuration));
        if (!result.IsValid)
        {
            return AuthenticationOutcome.Unauthorized(TokenRejectionReasons.From(result.Exception));
        }

        var lifetimeProblem = TokenLifetime.Check(token, timeProvider.GetUtcNow(), _options.ClockSkew);
        if (lifetimeProblem is not null)
        {
            return AuthenticationOutcome.Unauthorized(lifetimeProblem);
        }

        return CheckAgainstActivity(token, issuer, configuration, activity)
            ?? activityRules.Check(activity)
            ?? AuthenticationOutcome.Authenticated(result.ClaimsIdentity);
    }

    private Lazy<SigningMetadataSource> CreateSource(string metadataUrl) =>
        new(() => new SigningMetadataSource(metadataUrl, _retriever, _options.SigningKeyRefreshInterval, timeProvider, logger));

    // The cached metadata, refreshed once when it lacks the token's key (the keys were rotated). Null when it cannot be fetched.
    private async Task<OpenIdConnectConfiguration?> GetSigningMetadataAsync(SigningMetadataSource source, JsonWebToken token, CancellationToken cancellationToken)
    {
        OpenIdConnectConfiguration configuration;
        try
        {
            configuration = await source.GetAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // ConfigurationManager wraps every fetch or parse failure; whatever it was, the request is refused, not crashed.
            logger.MetadataUnavailable(source.MetadataUrl, exception);
            return null;
        }

        if (string.IsNullOrEmpty(token.Kid) || configuration.SigningKeys.Any(k => string.Equals(k.KeyId, token.Kid, StringComparison.Ordinal)))
        {
            return configuration;
        }

        return await source.RefreshAsync(configuration, cancellationToken) ?? configuration;
    }

    private TokenValidationParameters ValidationParameters(TrustedIssuer issuer, OpenIdConnectConfiguration configuration)
    {
        var appId = _credentials.MicrosoftAppId!;
        return new TokenValidationParameters
        {
            ValidIssuer = issuer.Issuer,
            ValidAudiences = [appId, $"api://{appId}", $"api://botid-{appId}"],
            IssuerSigningKeys = configuration.SigningKeys,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            RequireSignedTokens = true,
            // The key must be the one the token names: the endorsement check below relies on it.
            TryAllIssuerSigningKeys = false,
            // Checked in TokenLifetime against the TimeProvider from DI.
            ValidateLifetime = false,
        };
    }

    private AuthenticationOutcome? CheckAgainstActivity(JsonWebToken token, TrustedIssuer issuer, OpenIdConnectConfiguration configuration, Activity activity)
    {
        var hasServiceUrl = token.TryGetPayloadValue<string>(ServiceUrlClaim, out var serviceUrl);
        if (issuer.Kind == TokenIssuerKind.BotFramework)
        {
            if (!KeyEndorsements.Endorses(configuration, token.Kid, activity.ChannelId))
            {
                return AuthenticationOutcome.Forbidden("signing key not endorsed for the activity's channel");
            }

            if (!hasServiceUrl)
            {
                return AuthenticationOutcome.Unauthorized("token has no serviceurl claim");
            }
        }

        // Entra tokens need not carry serviceurl; when they do, it must match too. Without it the allow-list alone holds.
        if (hasServiceUrl && !SameServiceUrl(serviceUrl, activity.ServiceUrl))
        {
            return AuthenticationOutcome.Unauthorized("serviceurl claim does not match the activity");
        }

        return issuer.Kind == TokenIssuerKind.Entra ? EntraCallerRules.Check(token, issuer, _credentials.MicrosoftAppId!, activity) : null;
    }

    private static bool SameServiceUrl(string? claimed, string? actual) =>
        claimed is not null && actual is not null
        && string.Equals(claimed.TrimEnd('/'), actual.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
}
