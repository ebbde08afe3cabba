using OutcomesBot.Bot.PersonalData;
using OutcomesBot.Bot.Storage.AzureTables.PersonalData;

namespace OutcomesBot.Bot.Storage.AzureTables;

/// <summary>
/// Download links in Azure Tables, all in one partition keyed by token hash: a link lives ten minutes, so the partition
/// stays small and the clean-up of expired links is one partition query. A take deletes the link If-Match the ETag it
/// read, so of two takes racing only the one whose delete succeeds gets the person.
/// </summary>
public sealed class AzureDownloadLinkStore(AzureTableSet tables) : AzureTableStore(tables, TableName), IDownloadLinkStore
{
    public const string TableName = "downloadlinks";
    private const string Partition = "links";

    public Task AddAsync(DownloadLink link, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(link);

        // Retention counts from expiry (as SQLite's expires_at), so the same stamp also finds the expired links.
        var entity = AzureData.Entity(Partition, AzureKeys.Escape(link.TokenHash), link)
            .AboutPerson(link.Person.TeamsUserId, link.Person.AadObjectId, retainFrom: link.ExpiresAt);
        return Table.TryAsync(AzureWrite.Insert(entity), cancellationToken);
    }

    public async Task<DownloadLink?> TakeAsync(string tokenHash, CancellationToken cancellationToken)
    {
        if (await Table.GetAsync(Partition, AzureKeys.Escape(tokenHash), cancellationToken) is not { } entity)
        {
            return null;
        }

        return await Table.TryAsync(AzureWrite.Delete(entity), cancellationToken) ? AzureData.Read<DownloadLink>(entity) : null;
    }

    public Task<int> RemoveExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        Table.DeleteWhereAsync(
            AzureFilters.And(
                AzureFilters.Partition(Partition),
                AzureFilters.Compare(AzurePersonalStamp.RetainFromTicks, "le", now.UtcTicks)),
            cancellationToken);
}
