using OutcomesBot.Bot.Storage.AzureTables.PersonalData;
using OutcomesBot.Dialogs.Exercises.Sharing;

namespace OutcomesBot.Bot.Storage.AzureTables;

/// <summary>
/// Entries sent to one person in Azure Tables: one row per share in partition "share|{id}", stamped with the sender (it
/// is their data, found by the stamp for my data and retention). A second add of the same id gets 409 and false.
/// </summary>
public sealed class AzureEntryShareStore(AzureTableSet tables) : AzureTableStore(tables, TableName), IEntryShareStore
{
    public const string TableName = "entryshares";
    public const string Row = "sender";

    public Task<bool> TryAddAsync(EntryShare share, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(share);
        var entity = AzureData.Entity(Partition(share.ShareId), Row, share).AboutPerson(share.SenderId, share.SenderAadObjectId, share.SharedAt);
        return Table.TryBatchAsync([AzureWrite.Insert(entity)], cancellationToken);
    }

    public async Task<EntryShare?> GetAsync(string shareId, CancellationToken cancellationToken) =>
        await Table.GetAsync(Partition(shareId), Row, cancellationToken) is { } row ? AzureData.Read<EntryShare>(row) : null;

    private static string Partition(string shareId) => AzureKeys.Join("share", AzureKeyPart.Checked(shareId));
}
