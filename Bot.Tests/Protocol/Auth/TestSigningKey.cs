using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace OutcomesBot.Bot.Tests.Protocol.Auth;

/// <summary>
/// A locally generated RSA key under a key id, as the key server publishes it (with Bot Framework endorsements
/// when given). Several ids may share one RSA key: generating keys is the slow part of these tests.
/// </summary>
public sealed class TestSigningKey(RSA rsa, string keyId, params string[] endorsements)
{
    public string KeyId { get; } = keyId;

    /// <summary>The private key, named with <see cref="KeyId"/>, for minting tokens.</summary>
    public SecurityKey SecurityKey => new RsaSecurityKey(rsa) { KeyId = KeyId };

    public JsonObject ToJwk()
    {
        var parameters = rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (endorsements.Length > 0)
        {
            jwk["endorsements"] = new JsonArray([.. endorsements.Select(e => JsonValue.Create(e))]);
        }

        return jwk;
    }
}
