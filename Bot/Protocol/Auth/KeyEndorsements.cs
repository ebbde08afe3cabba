using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace OutcomesBot.Bot.Protocol.Auth;

/// <summary>
/// Reads the Bot Framework's <c>endorsements</c> (the channel ids a signing key may vouch for) from the raw JWKS.
/// IdentityModel 8 keeps JWK members it does not know in <c>JsonWebKey.AdditionalData</c>, as <see cref="JsonElement"/>.
/// </summary>
internal static class KeyEndorsements
{
    public const string MemberName = "endorsements";

    public static bool Endorses(OpenIdConnectConfiguration configuration, string keyId, string? channelId)
    {
        if (string.IsNullOrEmpty(channelId) || configuration.JsonWebKeySet is null)
        {
            return false;
        }

        var key = configuration.JsonWebKeySet.Keys.FirstOrDefault(k => string.Equals(k.Kid, keyId, StringComparison.Ordinal));
        return key is not null
            && key.AdditionalData.TryGetValue(MemberName, out var endorsements)
            && endorsements is JsonElement { ValueKind: JsonValueKind.Array } array
            && array.EnumerateArray().Any(e => e.ValueKind == JsonValueKind.String && string.Equals(e.GetString(), channelId, StringComparison.Ordinal));
    }
}
