using Microsoft.IdentityModel.JsonWebTokens;

namespace OutcomesBot.Bot.Protocol.Auth;

/// <summary>
/// Decides from a token's (not yet validated) <c>iss</c> whether the issuer is one the bot trusts, and which
/// metadata holds its keys. The metadata URL never comes from the token: it is the configured one.
/// </summary>
internal sealed class TokenIssuerPolicy(BotAuthenticationOptions options, BotCredentialsOptions credentials)
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";

    public const string EntraV1Prefix = "https://sts.windows.net/";
    private const string EntraV2Prefix = "https://login.microsoftonline.com/";
    private const string EntraV2Suffix = "/v2.0";

    public TrustedIssuer? Resolve(JsonWebToken token, out string reason)
    {
        var issuer = token.Issuer;
        if (string.Equals(issuer, BotFrameworkIssuer, StringComparison.Ordinal))
        {
            reason = string.Empty;
            return new TrustedIssuer(TokenIssuerKind.BotFramework, issuer, options.BotFrameworkOpenIdMetadataUrl);
        }

        var issuerTenant = EntraTenantOf(issuer);
        if (issuerTenant is null)
        {
            reason = "untrusted token issuer";
            return null;
        }

        if (!token.TryGetPayloadValue<string>("tid", out var claimTenant)
            || !string.Equals(claimTenant, issuerTenant, StringComparison.OrdinalIgnoreCase))
        {
            reason = "token issuer does not match its tid claim";
            return null;
        }

        string metadataTenant;
        if (credentials.MicrosoftAppType == BotAppType.MultiTenant)
        {
            metadataTenant = "common";
        }
        else if (string.IsNullOrWhiteSpace(credentials.MicrosoftAppTenantId))
        {
            reason = "Entra token but no MicrosoftAppTenantId is configured";
            return null;
        }
        else if (!string.Equals(issuerTenant, credentials.MicrosoftAppTenantId, StringComparison.OrdinalIgnoreCase))
        {
            reason = "token issued by another tenant";
            return null;
        }
        else
        {
            metadataTenant = credentials.MicrosoftAppTenantId;
        }

        reason = string.Empty;
        var metadataUrl = options.EntraOpenIdMetadataUrlTemplate.Replace(
            BotAuthenticationOptions.TenantPlaceholder, Uri.EscapeDataString(metadataTenant), StringComparison.Ordinal);
        return new TrustedIssuer(TokenIssuerKind.Entra, issuer, metadataUrl);
    }

    // Accepts exactly https://sts.windows.net/{guid}/ (v1) and https://login.microsoftonline.com/{guid}/v2.0 (v2).
    private static string? EntraTenantOf(string issuer)
    {
        var tenant = Between(issuer, EntraV1Prefix, "/") ?? Between(issuer, EntraV2Prefix, EntraV2Suffix);
        return Guid.TryParseExact(tenant, "D", out _) ? tenant : null;
    }

    private static string? Between(string value, string prefix, string suffix) =>
        value.Length > prefix.Length + suffix.Length
        && value.StartsWith(prefix, StringComparison.Ordinal)
        && value.EndsWith(suffix, StringComparison.Ordinal)
            ? value[prefix.Length..^suffix.Length]
            : null;
}
