using Microsoft.Azure.Cosmos.Table;

namespace OutcomesBot.Bot.Storage.AzureTables;

/// <summary>OData filters for the queries the stores make: one partition, optionally a row key range.</summary>
internal static class AzureFilters
{
    public static string Partition(string partitionKey) =>
        TableQuery.GenerateFilterCondition("PartitionKey", QueryComparisons.Equal, partitionKey);

    public static string PrefixRange(string partitionKey, string fromRowKey, string beforeRowKey) =>
        And(Partition(partitionKey), Rows(fromRowKey, beforeRowKey));

    /// <summary>Row keys in [from, before).</summary>
    public static string Rows(string fromRowKey, string beforeRowKey) => And(
        TableQuery.GenerateFilterCondition("RowKey", QueryComparisons.GreaterThanOrEqual, fromRowKey),
        TableQuery.GenerateFilterCondition("RowKey", QueryComparisons.LessThan, beforeRowKey));

    public static string And(string left, string right) => TableQuery.CombineFilters(left, TableOperators.And, right);
}
