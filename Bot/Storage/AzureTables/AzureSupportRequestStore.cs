using Azure.Data.Tables;
using OutcomesBot.Bot.Storage.AzureTables.PersonalData;
using OutcomesBot.Dialogs.Support;

namespace OutcomesBot.Bot.Storage.AzureTables;

/// <summary>
/// Named support requests in Azure Tables, one partition "req|{id}" per request with two rows, as SQLite's two tables:
/// "asker" (stamped with the asker, holds what they wrote) and "to" (stamped with the recipient, holds seen and done).
/// Both are inserted in one entity group transaction, so a request is all there or not at all, and a second add of the
/// same id gets 409 and false. A recipient's open requests are their stamped "to" rows, each joined to its asker row.
/// </summary>
public sealed class AzureSupportRequestStore(AzureTableSet tables) : AzureTableStore(tables, TableName), ISupportRequestStore
{
    public const string TableName = "supportrequests";
    private const string AskerRow = "asker";
    private const string RecipientRow = "to";

    public Task<bool> TryAddAsync(SupportRequest request, SupportRecipient recipient, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(recipient);
        var partition = Partition(request.RequestId);
        var asker = AzureData.Entity(partition, AskerRow, request).AboutPerson(request.AskerId, request.AskerAadObjectId, request.AskedAt);
        var to = AzureData.Entity(partition, RecipientRow, recipient).AboutPerson(recipient.RecipientId, recipient.RecipientAadObjectId, recipient.AskedAt);
        return Table.TryBatchAsync([AzureWrite.Insert(asker), AzureWrite.Insert(to)], cancellationToken);
    }

    public async Task<NamedSupportRequest?> GetAsync(string requestId, CancellationToken cancellationToken)
    {
        var rows = await Table.QueryAsync(AzureFilters.Partition(Partition(requestId)), cancellationToken);
        return Join(rows.FirstOrDefault(r => r.RowKey == AskerRow), rows.FirstOrDefault(r => r.RowKey == RecipientRow));
    }

    public Task<bool> MarkSeenAsync(string requestId, DateTimeOffset at, CancellationToken cancellationToken) =>
        ChangeRecipientAsync(requestId, recipient => recipient.SeenAt is null ? recipient with { SeenAt = at } : null, cancellationToken);

    public Task<bool> MarkDoneAsync(string requestId, DateTimeOffset at, CancellationToken cancellationToken) =>
        ChangeRecipientAsync(requestId, recipient => recipient.DoneAt is null ? recipient with { DoneAt = at } : null, cancellationToken);

    public async Task<IReadOnlyList<NamedSupportRequest>> ListOpenForRecipientAsync(string recipientAadObjectId, CancellationToken cancellationToken)
    {
        var filter = AzureFilters.And(
            AzureFilters.Compare(AzurePersonalStamp.PersonAad, "eq", recipientAadObjectId.ToLowerInvariant()),
            AzureFilters.Compare("RowKey", "eq", RecipientRow));
        var open = new List<NamedSupportRequest>();
        foreach (var row in await Table.QueryAsync(filter, cancellationToken))
        {
            var recipient = AzureData.Read<SupportRecipient>(row);
            if (recipient.DoneAt is null && Join(await Table.GetAsync(row.PartitionKey, AskerRow, cancellationToken), row) is { } named)
            {
                open.Add(named);
            }
        }

        return [.. open.OrderByDescending(n => n.Request.AskedAt).ThenByDescending(n => n.Request.RequestId, StringComparer.Ordinal)];
    }

    private Task<bool> ChangeRecipientAsync(string requestId, Func<SupportRecipient, SupportRecipient?> change, CancellationToken cancellationToken) =>
        Table.ChangeAsync(Partition(requestId), RecipientRow, stored =>
        {
            if (stored is null || change(AzureData.Read<SupportRecipient>(stored)) is not { } changed)
            {
                return new AzureChange<bool>(null, false);
            }

            var entity = AzureData.Entity("", "", changed).AboutPerson(changed.RecipientId, changed.RecipientAadObjectId, changed.AskedAt);
            return new AzureChange<bool>(entity, true);
        }, cancellationToken);

    private static NamedSupportRequest? Join(TableEntity? asker, TableEntity? recipient) =>
        asker is null || recipient is null ? null : new NamedSupportRequest(AzureData.Read<SupportRequest>(asker), AzureData.Read<SupportRecipient>(recipient));

    private static string Partition(string requestId) => AzureKeys.Join("req", AzureKeyPart.Checked(requestId));
}
