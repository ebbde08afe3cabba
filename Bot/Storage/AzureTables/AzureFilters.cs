using System.Runtime.CompilerServices;
using Azure.Data.Tables;

namespace OutcomesBot.Bot.Storage.AzureTables;

/// <summary>
/// OData filters for the queries the stores make. Every value goes through <see cref="TableClient.CreateQueryFilter"/>,
/// which quotes and escapes it (strings, Int64 as <c>123L</c>, booleans); property names are the stores' own constants.
/// </summary>
internal static class AzureFilters
{
    public static string Partition(string partitionKey) => TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey}");

    public static string PrefixRange(string partitionKey, string fromRowKey, string beforeRowKey) =>
        And(Partition(partitionKey), Rows(fromRowKey, beforeRowKey));

    /// <summary>Row keys in [from, before).</summary>
    public static string Rows(string fromRowKey, string beforeRowKey) =>
        TableClient.CreateQueryFilter($"RowKey ge {fromRowKey} and RowKey lt {beforeRowKey}");

    /// <summary>Partition keys in [from, before).</summary>
    public static string Partitions(string fromPartitionKey, string beforePartitionKey) =>
        TableClient.CreateQueryFilter($"PartitionKey ge {fromPartitionKey} and PartitionKey lt {beforePartitionKey}");

    /// <summary>
    /// Any of the partitions named, and only in the range from the first to the last of them (<paramref name="sortedKeys"/>
    /// in ordinal order), so the service reads that stretch of the table rather than all of it: two comparisons and one a
    /// key, within the service's limit of 15 comparisons a filter when there are at most <see cref="MostPartitionsAtOnce"/>.
    /// </summary>
    public static string AnyPartition(IReadOnlyList<string> sortedKeys)
    {
        ArgumentNullException.ThrowIfNull(sortedKeys);
        if (sortedKeys.Count is 0 or > MostPartitionsAtOnce)
        {
            throw new ArgumentException($"Between 1 and {MostPartitionsAtOnce} partition keys, not {sortedKeys.Count}.", nameof(sortedKeys));
        }

        var range = TableClient.CreateQueryFilter($"PartitionKey ge {sortedKeys[0]} and PartitionKey le {sortedKeys[^1]}");
        return And(range, string.Join(" or ", sortedKeys.Select(key => TableClient.CreateQueryFilter($"PartitionKey eq {key}"))));
    }

    /// <summary>The most partition keys <see cref="AnyPartition"/> takes: 13 and its two range bounds make 15 comparisons.</summary>
    public const int MostPartitionsAtOnce = 13;

    /// <summary>
    /// <paramref name="property"/> compared (eq, ne, gt, ge, lt, le) with <paramref name="value"/>, for properties whose
    /// name is not known at compile time (a constant, or a member mark); the value is formatted by the SDK.
    /// </summary>
    public static string Compare(string property, string comparison, object value)
    {
        ArgumentException.ThrowIfNullOrEmpty(property);
        if (!char.IsAsciiLetter(property[0]) || !property.All(character => char.IsAsciiLetterOrDigit(character) || character == '_'))
        {
            throw new ArgumentException($"'{property}' is not a property name.", nameof(property));
        }

        if (comparison is not ("eq" or "ne" or "gt" or "ge" or "lt" or "le"))
        {
            throw new ArgumentException($"'{comparison}' is not a comparison.", nameof(comparison));
        }

        return TableClient.CreateQueryFilter(FormattableStringFactory.Create(property + " " + comparison + " {0}", value));
    }

    public static string And(string left, string right) => $"({left}) and ({right})";

    public static string Or(string left, string right) => $"({left}) or ({right})";
}
