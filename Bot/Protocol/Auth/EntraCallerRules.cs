using Microsoft.IdentityModel.JsonWebTokens;
using OutcomesBot.Bot.Protocol.Activities;

namespace OutcomesBot.Bot.Protocol.Auth;

/// <summary>
/// The extra rules for an Entra (v1 or v2) token. Any app in a tenant can ask Entra for a token whose audience is the
/// bot (client credentials), so the audience alone proves nothing. The only documented Azure Bot Service flow that
/// sends the bot an Entra token is the Bot Framework Emulator's, and it asks with the bot's own credentials: its
/// <c>appid</c> (v1) or <c>azp</c> (v2) is the bot's MicrosoftAppId (docs/decisions/017 gives the sources).
/// Its <c>tid</c> must be the activity's tenant.
/// </summary>
internal static class EntraCallerRules
{
    public static AuthenticationOutcome? Check(JsonWebToken token, TrustedIssuer issuer, string botAppId, Activity activity)
    {
        var callerClaim = issuer.Issuer.StartsWith(TokenIssuerPolicy.EntraV1Prefix, StringComparison.Ordinal) ? "appid" : "azp";
        if (!token.TryGetPayloadValue<string>(callerClaim, out var caller) || !string.Equals(caller, botAppId, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticationOutcome.Unauthorized("Entra token requested by an app that is not an allowed caller");
        }

        var activityTenant = InboundActivityRules.TenantOf(activity, out _);
        if (!token.TryGetPayloadValue<string>("tid", out var tid) || activityTenant is null
            || !string.Equals(tid, activityTenant, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticationOutcome.Forbidden("token tid differs from the activity's tenant");
        }

        return null;
    }
}
