using Microsoft.IdentityModel.JsonWebTokens;

namespace OutcomesBot.Bot.Protocol.Auth;

/// <summary>
/// Checks exp and nbf against the clock from DI, so tests control time
/// (IdentityModel's own lifetime check reads the system clock).
/// </summary>
internal static class TokenLifetime
{
    public static string? Check(JsonWebToken token, DateTimeOffset now, TimeSpan clockSkew)
    {
        // JsonWebToken answers DateTime.MinValue (UTC) for a missing exp or nbf.
        if (token.ValidTo == DateTime.MinValue)
        {
            return "token has no expiry";
        }

        if (new DateTimeOffset(token.ValidTo, TimeSpan.Zero) + clockSkew < now)
        {
            return "token expired";
        }

        if (token.ValidFrom != DateTime.MinValue && new DateTimeOffset(token.ValidFrom, TimeSpan.Zero) - clockSkew > now)
        {
            return "token not yet valid";
        }

        return null;
    }
}
