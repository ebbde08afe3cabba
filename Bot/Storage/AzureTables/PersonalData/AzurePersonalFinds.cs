using Azure.Data.Tables;
using OutcomesBot.Dialogs.MyData;

namespace OutcomesBot.Bot.Storage.AzureTables.PersonalData;

/// <summary>Store-specific ways to find a person's rows, for tables where the stamp filter alone is not the part.</summary>
internal static class AzurePersonalFinds
{
    /// <summary>
    /// The person's stamped rows in partitions starting with <paramref name="partitionPrefix"/>: one table can hold
    /// several parts of a source (check-ins keep answers, preferences and cycles in one table).
    /// </summary>
    public static Func<AzureTable, PersonIdentity, CancellationToken, Task<IReadOnlyList<TableEntity>>> StampedIn(string partitionPrefix) =>
        (table, person, cancellationToken) => table.QueryAsync(
            AzureFilters.And(
                AzurePersonalDataSource.StampFilter(person),
                AzureFilters.Partitions(partitionPrefix, AzureKeys.After(partitionPrefix))),
            cancellationToken);

    /// <summary>The person's stamped rows in partitions starting with any of <paramref name="partitionPrefixes"/>.</summary>
    public static Func<AzureTable, PersonIdentity, CancellationToken, Task<IReadOnlyList<TableEntity>>> StampedInAny(params string[] partitionPrefixes) =>
        (table, person, cancellationToken) => table.QueryAsync(
            AzureFilters.And(
                AzurePersonalDataSource.StampFilter(person),
                partitionPrefixes.Select(prefix => AzureFilters.Partitions(prefix, AzureKeys.After(prefix))).Aggregate(AzureFilters.Or)),
            cancellationToken);

    /// <summary>The person's stamped rows with row key <paramref name="rowKey"/> (one side of a two-person record).</summary>
    public static Func<AzureTable, PersonIdentity, CancellationToken, Task<IReadOnlyList<TableEntity>>> StampedRows(string rowKey) =>
        (table, person, cancellationToken) => table.QueryAsync(
            AzureFilters.And(AzurePersonalDataSource.StampFilter(person), AzureFilters.Compare("RowKey", "eq", rowKey)),
            cancellationToken);

    /// <summary>
    /// Every activity claim (with its stored reply) in the person's 1:1 chats, found as SQLite finds them: through the
    /// person's chats in the conversations table, by their stamped rows (the chat's own row and its <c>user|</c>
    /// pointer, so a pointer lost to a crash between the two writes still leaves the chat found). A claim names nobody,
    /// so it is not stamped; this costs one partition read per chat, only when the person asks.
    /// </summary>
    public static async Task<IReadOnlyList<TableEntity>> StoredRepliesAsync(AzureTable activities, PersonIdentity person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        ArgumentNullException.ThrowIfNull(person);
        var conversations = activities.Sibling(AzureConversationStore.TableName);
        var pointers = AzureConversationStore.UserKey(person.TeamsUserId);

        // A chat's row is keyed by the escaped conversation id, a pointer holds it as its row key; the claims of that
        // chat are the partition of the same key.
        var chats = (await conversations.QueryAsync(AzurePersonalDataSource.StampFilter(person), cancellationToken))
            .Select(row => row.PartitionKey == pointers ? row.RowKey : row.PartitionKey)
            .Distinct(StringComparer.Ordinal);
        var found = new List<TableEntity>();
        foreach (var chat in chats)
        {
            found.AddRange(await activities.QueryAsync(AzureFilters.Partition(chat), cancellationToken));
        }

        return found;
    }
}
