using Microsoft.IdentityModel.Tokens;

namespace OutcomesBot.Bot.Protocol.Auth;

/// <summary>Turns IdentityModel's validation failures into short phrases that are safe to log (its messages can hold token parts).</summary>
internal static class TokenRejectionReasons
{
    public static string From(Exception? exception) => exception switch
    {
        SecurityTokenSignatureKeyNotFoundException => "unknown signing key",
        SecurityTokenInvalidSignatureException => "invalid signature",
        SecurityTokenInvalidAlgorithmException => "token algorithm not allowed",
        SecurityTokenInvalidAudienceException => "invalid audience",
        SecurityTokenInvalidIssuerException => "invalid issuer",
        SecurityTokenExpiredException => "token expired",
        SecurityTokenNotYetValidException => "token not yet valid",
        SecurityTokenNoExpirationException => "token has no expiry",
        SecurityTokenMalformedException => "malformed bearer token",
        _ => "invalid token",
    };
}
