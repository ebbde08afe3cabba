using Azure.Data.Tables;
using OutcomesBot.Bot.Storage.AzureTables.PersonalData;

namespace OutcomesBot.Bot.Storage.AzureTables;

/// <summary>
/// People in Azure Tables: one partition per Teams user id, plus a pointer entity in the partition of their AAD object
/// id so that the lookup by object id is a one-partition read. A stale pointer (the id changed) is skipped on read.
/// </summary>
public sealed class AzurePersonStore(AzureTableSet tables) : AzureTableStore(tables, TableName), IPersonStore
{
    public const string TableName = "people";
    public const string MainRow = "person";
    private const string Main = MainRow;

    public async Task<Person> UpsertAsync(Person person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var stored = await Table.ChangeAsync(AzureKeys.Escape(person.TeamsUserId), Main, entity =>
        {
            var merged = Person.Merge(entity is null ? null : AzureData.Read<Person>(entity), person);
            return new AzureChange<Person>(AzureData.Entity("", "", merged).AboutPerson(merged.TeamsUserId, merged.AadObjectId), merged);
        }, cancellationToken);

        if (stored.AadObjectId is not null)
        {
            var pointer = new TableEntity(AadKey(stored.AadObjectId), AzureKeys.Escape(stored.TeamsUserId)).AboutPerson(stored.TeamsUserId, stored.AadObjectId);
            await Table.UpsertAsync(pointer, cancellationToken);
        }

        return stored;
    }

    public async Task<Person?> GetAsync(string teamsUserId, CancellationToken cancellationToken) =>
        await Table.GetAsync(AzureKeys.Escape(teamsUserId), Main, cancellationToken) is { } entity ? AzureData.Read<Person>(entity) : null;

    // Each person is their own partition: a batch is read 13 partitions a query (decision 092, as 083's preferences).
    public async Task<IReadOnlyDictionary<string, Person>> GetManyAsync(IReadOnlyCollection<string> teamsUserIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(teamsUserIds);
        var found = await Table.GetInPartitionsAsync(teamsUserIds.Select(AzureKeys.Escape), Main, cancellationToken);
        return found.Values.Select(AzureData.Read<Person>).ToDictionary(person => person.TeamsUserId, StringComparer.Ordinal);
    }

    public async Task<Person?> FindByAadObjectIdAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        Person? newest = null;
        foreach (var pointer in await Table.QueryAsync(AzureFilters.Partition(AadKey(aadObjectId)), cancellationToken))
        {
            var person = await Table.GetAsync(pointer.RowKey, Main, cancellationToken) is { } entity ? AzureData.Read<Person>(entity) : null;
            if (person is not null && string.Equals(person.AadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase)
                && (newest is null || person.LastSeenAt > newest.LastSeenAt))
            {
                newest = person;
            }
        }

        return newest;
    }

    private static string AadKey(string aadObjectId) => "aad" + AzureKeys.Separator + AzureKeys.Aad(aadObjectId);
}
