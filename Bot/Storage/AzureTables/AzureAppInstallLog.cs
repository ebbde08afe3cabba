using OutcomesBot.Bot.Storage.AzureTables.PersonalData;

namespace OutcomesBot.Bot.Storage.AzureTables;

/// <summary>
/// The bot's attempts to install its app for people, one entity per person keyed by lower-case AAD object id (a point
/// read during each roster sync). Counting an attempt is a read-modify-write If-Match, so parallel syncs count each one.
/// </summary>
public sealed class AzureAppInstallLog(AzureTableSet tables) : AzureTableStore(tables, TableName), IAppInstallLog
{
    public const string TableName = "appinstalls";
    private const string Main = "install";

    public async Task<AppInstallAttempt?> GetAsync(string aadObjectId, CancellationToken cancellationToken) =>
        await Table.GetAsync(AzureKeys.Aad(aadObjectId), Main, cancellationToken) is { } entity ? AzureData.Read<AppInstallAttempt>(entity) : null;

    public Task RecordAsync(string aadObjectId, DirectoryStatus status, DateTimeOffset at, CancellationToken cancellationToken) =>
        Table.ChangeAsync(AzureKeys.Aad(aadObjectId), Main, stored =>
        {
            // The first id spelling is kept, as SQLite keeps the row's first aad_object_id and only counts on.
            var old = stored is null ? null : AzureData.Read<AppInstallAttempt>(stored);
            var attempt = new AppInstallAttempt(old?.AadObjectId ?? aadObjectId, status, (old?.Attempts ?? 0) + 1, at);
            return new AzureChange<bool>(AzureData.Entity("", "", attempt).AboutPerson(null, aadObjectId), true);
        }, cancellationToken);
}
