using System.Security.Cryptography;
using System.Text;
using OutcomesBot.Dialogs.MyData;

namespace OutcomesBot.Bot.PersonalData;

/// <summary>
/// Single-use, short-lived download tokens for "my data". Only the SHA-256 of a token is stored, so the store alone
/// cannot be used to fetch anybody's export; redeeming takes the link out of the store, so only one redeem gets it.
/// </summary>
public sealed class DownloadLinks(IDownloadLinkStore store, TimeProvider timeProvider)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public async Task<string> IssueAsync(PersonIdentity person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        var now = timeProvider.GetUtcNow();
        await store.RemoveExpiredAsync(now, cancellationToken);
        await store.AddAsync(new DownloadLink(Hash(token), person, now, now + Lifetime), cancellationToken);
        return token;
    }

    /// <summary>The person the token was issued to, once; null for an unknown, used or expired token.</summary>
    public async Task<PersonIdentity?> RedeemAsync(string token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return null;
        }

        var link = await store.TakeAsync(Hash(token), cancellationToken);
        return link is not null && link.ExpiresAt > timeProvider.GetUtcNow() ? link.Person : null;
    }

    /// <summary>What the store keeps of a token: its SHA-256 as upper-case hex.</summary>
    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
