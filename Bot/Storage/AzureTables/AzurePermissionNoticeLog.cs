using OutcomesBot.Bot.Teams;

namespace OutcomesBot.Bot.Storage.AzureTables;

/// <summary>
/// When a team's leaders were last told that Graph permissions are missing: partition per team, a row per set of
/// permissions (a point read). A claim is a read-modify-write If-Match, so of two syncs racing one sends the notice.
/// </summary>
public sealed class AzurePermissionNoticeLog(AzureTableSet tables) : AzureTableStore(tables, TableName), IPermissionNoticeLog
{
    public const string TableName = "permissionnotices";

    public Task<bool> TryClaimAsync(string teamId, string permissions, DateTimeOffset now, TimeSpan quiet, CancellationToken cancellationToken) =>
        Table.ChangeAsync(AzureKeys.Escape(teamId), AzureKeys.Escape(permissions), stored =>
            stored is not null && AzureData.Read<Notice>(stored).SentAt > now - quiet
                ? new AzureChange<bool>(null, false)
                : new AzureChange<bool>(AzureData.Entity("", "", new Notice(teamId, permissions, now)), true),
            cancellationToken);

    public Task ReleaseAsync(string teamId, string permissions, CancellationToken cancellationToken) =>
        Table.TryAsync(AzureWrite.DeleteAny(AzureKeys.Escape(teamId), AzureKeys.Escape(permissions)), cancellationToken);

    private sealed record Notice(string TeamId, string Permissions, DateTimeOffset SentAt);
}
