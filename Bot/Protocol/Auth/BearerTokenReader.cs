using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace OutcomesBot.Bot.Protocol.Auth;

/// <summary>Reads (without validating) the JWT of an <c>Authorization: Bearer</c> header and rejects any alg but RS256 up front.</summary>
internal static class BearerTokenReader
{
    private const string Scheme = "Bearer ";

    // Far above a real Bot Framework or Entra token (a few kB); stops parsing work on junk.
    private const int MaxTokenLength = 16 * 1024;

    public static JsonWebToken? Read(string? authorizationHeader, out string reason)
    {
        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            reason = "missing Authorization header";
            return null;
        }

        if (!authorizationHeader.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            reason = "Authorization header is not a Bearer token";
            return null;
        }

        var raw = authorizationHeader[Scheme.Length..].Trim();
        if (raw.Length is 0 or > MaxTokenLength)
        {
            reason = "malformed bearer token";
            return null;
        }

        JsonWebToken token;
        try
        {
            token = new JsonWebToken(raw);
        }
        catch (ArgumentException)
        {
            // SecurityTokenMalformedException derives from ArgumentException as well.
            reason = "malformed bearer token";
            return null;
        }

        if (!string.Equals(token.Alg, SecurityAlgorithms.RsaSha256, StringComparison.Ordinal))
        {
            reason = "token algorithm not allowed";
            return null;
        }

        reason = string.Empty;
        return token;
    }
}
