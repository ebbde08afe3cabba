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
