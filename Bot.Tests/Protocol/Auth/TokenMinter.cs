using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace OutcomesBot.Bot.Tests.Protocol.Auth;

/// <summary>Mints the Authorization header values the tests send: RS256 tokens, or a hand-built unsigned one.</summary>
public static class TokenMinter
{
    /// <summary>A token valid around <see cref="AuthTestBot.Now"/> for <see cref="AuthTestBot.AppId"/>; <paramref name="change"/> spoils it.</summary>
    public static string Bearer(string issuer, TestSigningKey key, Dictionary<string, object> claims, Action<SecurityTokenDescriptor>? change = null)
    {
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = AuthTestBot.AppId,
            IssuedAt = AuthTestBot.Now.AddMinutes(-30).UtcDateTime,
            NotBefore = AuthTestBot.Now.AddMinutes(-30).UtcDateTime,
            Expires = AuthTestBot.Now.AddHours(1).UtcDateTime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(key.SecurityKey, SecurityAlgorithms.RsaSha256),
        };
        change?.Invoke(descriptor);
        return $"Bearer {new JsonWebTokenHandler().CreateToken(descriptor)}";
    }

    /// <summary>An <c>alg: none</c> token with an empty signature, as an attacker would write it.</summary>
    public static string UnsignedBearer(string payloadJson)
    {
        static string Part(string json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json));
        return $"Bearer {Part("""{"alg":"none","typ":"JWT"}""")}.{Part(payloadJson)}.";
    }
}
