using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Text.Json;
using Azure.Core;

namespace OutcomesBot.Bot.Tests.Support;

/// <summary>
/// Stands in for a managed identity: hands out an Entra-shaped access token (issuer, audience, lifetime) that Azurite's
/// <c>--oauth basic</c> checks, and records the scopes the SDK asked for. Azurite does not check signatures, so the
/// signature is filler; <paramref name="audience"/> lets a test offer a token storage must refuse.
/// </summary>
public sealed class AzuriteBearerCredential(TimeProvider time, string audience = "https://storage.azure.com") : TokenCredential
{
    private const string Issuer = "https://sts.windows.net/00000000-0000-0000-0000-00000000000a/";

    public ConcurrentQueue<string> RequestedScopes { get; } = new();

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        foreach (var scope in requestContext.Scopes)
        {
            RequestedScopes.Enqueue(scope);
        }

        var now = time.GetUtcNow();
        var expires = now.AddHours(1);
        var claims = new Dictionary<string, object>
        {
            ["aud"] = audience,
            ["iss"] = Issuer,
            ["iat"] = now.AddMinutes(-5).ToUnixTimeSeconds(),
            ["nbf"] = now.AddMinutes(-5).ToUnixTimeSeconds(),
            ["exp"] = expires.ToUnixTimeSeconds(),
            ["oid"] = "00000000-0000-0000-0000-0000000000b0",
        };
        var token = string.Join('.', Part(new Dictionary<string, object> { ["alg"] = "RS256", ["typ"] = "JWT" }), Part(claims), "c2lnbmF0dXJl");
        return new AccessToken(token, expires);
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));

    private static string Part(Dictionary<string, object> values) => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(values));
}
