using OutcomesBot.Bot.PersonalData;
using OutcomesBot.Dialogs.MyData;

namespace OutcomesBot.Bot.Storage.Sqlite;

/// <summary>Download links in SQLite; a take deletes the row in the statement that reads it, so it happens once.</summary>
public sealed class SqliteDownloadLinkStore(SqliteDatabase database) : IDownloadLinkStore
{
    public Task AddAsync(DownloadLink link, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(link);
        return database.ExecuteAsync(
            "INSERT INTO personal_data_downloads (token_hash, teams_user_id, aad_object_id, created_at, expires_at) VALUES ($hash, $teams, $aad, $created, $expires);",
            command => command.With("$hash", link.TokenHash).With("$teams", link.Person.TeamsUserId).With("$aad", link.Person.AadObjectId)
                .With("$created", link.CreatedAt).With("$expires", link.ExpiresAt),
            cancellationToken);
    }

    public Task<DownloadLink?> TakeAsync(string tokenHash, CancellationToken cancellationToken) =>
        database.WriteReturningFirstAsync<DownloadLink?>(
            "DELETE FROM personal_data_downloads WHERE token_hash = $hash RETURNING token_hash, teams_user_id, aad_object_id, created_at, expires_at;",
            command => command.With("$hash", tokenHash),
            reader => new DownloadLink(reader.GetString(0), new PersonIdentity(reader.GetString(1), reader.GetNullableString(2)), reader.GetTime(3), reader.GetTime(4)),
            cancellationToken);

    public Task<int> RemoveExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        database.ExecuteAsync("DELETE FROM personal_data_downloads WHERE expires_at <= $now;", command => command.With("$now", now), cancellationToken);
}
