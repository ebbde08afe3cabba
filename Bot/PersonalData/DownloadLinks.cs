using System.Security.Cryptography;
using System.Text;
using OutcomesBot.Bot.Storage.Sqlite;
using OutcomesBot.Dialogs.PersonalData;

namespace OutcomesBot.Bot.PersonalData;

/// <summary>
/// Single-use, short-lived download tokens for "my data". Only the SHA-256 of a token is stored, so the database
/// alone cannot be used to fetch anybody's export; redeeming deletes the row in the same statement that reads it.
/// </summary>
public sealed class DownloadLinks(SqliteDatabase database, TimeProvider timeProvider)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public async Task<string> IssueAsync(PersonIdentity person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        var now = timeProvider.GetUtcNow();
        await database.ExecuteAsync("DELETE FROM personal_data_downloads WHERE expires_at <= $now;", command => command.With("$now", now), cancellationToken);
        await database.ExecuteAsync(
            "INSERT INTO personal_data_downloads (token_hash, teams_user_id, aad_object_id, created_at, expires_at) VALUES ($hash, $teams, $aad, $now, $expires);",
            command => command.With("$hash", Hash(token)).With("$teams", person.TeamsUserId).With("$aad", person.AadObjectId)
                .With("$now", now).With("$expires", now + Lifetime),
            cancellationToken);
        return token;
    }

    /// <summary>The person the token was issued to, once; null for an unknown, used or expired token.</summary>
    public async Task<PersonIdentity?> RedeemAsync(string token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return null;
        }

        var found = await database.QueryFirstAsync(
            "DELETE FROM personal_data_downloads WHERE token_hash = $hash RETURNING teams_user_id, aad_object_id, expires_at;",
            command => command.With("$hash", Hash(token)),
            reader => (Person: new PersonIdentity(reader.GetString(0), reader.GetNullableString(1)), ExpiresAt: reader.GetTime(2)),
            cancellationToken);
        return found.Person is not null && found.ExpiresAt > timeProvider.GetUtcNow() ? found.Person : null;
    }

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
