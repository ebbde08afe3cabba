using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace OutcomesBot.Bot.LeaderTab;

/// <summary>
/// Checks the issuer of a Teams SSO token: Entra's v2.0 or v1.0 issuer for the very tenant the token names (tid), and
/// that tenant allowed: the bot's own for a single-tenant app, else the allow-list when one is set.
/// </summary>
public static class TabIssuer
{
    public static string Validate(string issuer, SecurityToken token, IReadOnlyCollection<string> allowedTenants)
    {
        ArgumentNullException.ThrowIfNull(allowedTenants);
        var tenant = token is JsonWebToken jwt && jwt.TryGetPayloadValue<string>(TabPerson.TenantIdClaim, out var tid) ? tid : null;
        if (string.IsNullOrWhiteSpace(tenant))
        {
            throw new SecurityTokenInvalidIssuerException("The token names no tenant (tid).");
        }

        if (allowedTenants.Count > 0 && !allowedTenants.Contains(tenant, StringComparer.OrdinalIgnoreCase))
        {
            throw new SecurityTokenInvalidIssuerException("The token's tenant is not allowed.");
        }

        if (issuer != $"https://login.microsoftonline.com/{tenant}/v2.0" && issuer != $"https://sts.windows.net/{tenant}/")
        {
            throw new SecurityTokenInvalidIssuerException("The token's issuer is not Entra for its tenant.");
        }

        return issuer;
    }
}
