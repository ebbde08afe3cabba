namespace OutcomesBot.Bot.Storage.Sqlite;

/// <summary>The bot's attempts to install its app for people, one row per person.</summary>
public sealed class SqliteAppInstallLog(SqliteDatabase database) : IAppInstallLog
{
    public Task<AppInstallAttempt?> GetAsync(string aadObjectId, CancellationToken cancellationToken) =>
        database.QueryFirstAsync<AppInstallAttempt?>(
            "SELECT aad_object_id, status, attempts, last_attempt_at FROM app_install_attempts WHERE aad_object_id = $aad;",
            command => command.With("$aad", aadObjectId),
            reader => new AppInstallAttempt(reader.GetString(0), Enum.Parse<DirectoryStatus>(reader.GetString(1)), reader.GetInt32(2), reader.GetTime(3)),
            cancellationToken);

    public Task RecordAsync(string aadObjectId, DirectoryStatus status, DateTimeOffset at, CancellationToken cancellationToken) =>
        database.ExecuteAsync(
            """
            INSERT INTO app_install_attempts (aad_object_id, status, attempts, last_attempt_at) VALUES ($aad, $status, 1, $at)
            ON CONFLICT (aad_object_id) DO UPDATE SET status = excluded.status, attempts = attempts + 1, last_attempt_at = excluded.last_attempt_at;
            """,
            command => command.With("$aad", aadObjectId).With("$status", status.ToString()).With("$at", at),
            cancellationToken);
}
