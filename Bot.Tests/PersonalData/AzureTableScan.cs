using Microsoft.Azure.Cosmos.Table;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OutcomesBot.Bot.Storage;
using OutcomesBot.Bot.Storage.AzureTables.PersonalData;

namespace OutcomesBot.Bot.Tests.PersonalData;

/// <summary>
/// Reads every Azure table of one prefix as it is, not as the stores say it is: a table added later by any store is
/// scanned without anyone listing it here, every entity, keys and every string property.
/// </summary>
public static class AzureTableScan
{
    /// <summary>Every entity of every table whose name starts with <paramref name="prefix"/>, by table name.</summary>
    public static async Task<IReadOnlyList<(string Table, DynamicTableEntity Entity)>> AllAsync(string connectionString, string prefix, CancellationToken cancellationToken)
    {
        var client = CloudStorageAccount.Parse(connectionString).CreateCloudTableClient();
        var found = new List<(string, DynamicTableEntity)>();
        TableContinuationToken? tables = null;
        do
        {
            // Listed whole and filtered here, so the scan does not depend on how the emulator treats a name prefix.
            var segment = await client.ListTablesSegmentedAsync(tables, cancellationToken);
            foreach (var table in segment.Results.Where(table => table.Name.StartsWith(prefix, StringComparison.Ordinal)))
            {
                found.AddRange((await EntitiesAsync(table, cancellationToken)).Select(entity => (table.Name, entity)));
            }

            tables = segment.ContinuationToken;
        }
        while (tables is not null);

        return found;
    }

    /// <summary>Every entity of the tables a container over Azure Tables (the host's, a store backend's) reads and writes.</summary>
    public static Task<IReadOnlyList<(string Table, DynamicTableEntity Entity)>> AllAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var azure = services.GetRequiredService<IOptions<StorageOptions>>().Value.AzureTables;
        return AllAsync(azure.ConnectionString ?? throw new InvalidOperationException("No Azure connection string"), azure.TablePrefix, cancellationToken);
    }

    /// <summary>Whether the keys or any string property contain one of <paramref name="texts"/>, in any case.</summary>
    public static bool Mentions(DynamicTableEntity entity, IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var values = entity.Properties.Values.Where(property => property.PropertyType == EdmType.String).Select(property => property.StringValue)
            .Append(entity.PartitionKey).Append(entity.RowKey);
        return values.Any(value => texts.Any(text => value?.Contains(text, StringComparison.OrdinalIgnoreCase) == true));
    }

    /// <summary>An entity that names nobody and is no raw answer: what retention must never touch.</summary>
    public static bool IsAnonymous(DynamicTableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return !entity.Properties.ContainsKey(AzurePersonalStamp.PersonId) && !entity.Properties.ContainsKey(AzurePersonalStamp.PersonAad)
            && !entity.Properties.ContainsKey(AzurePersonalStamp.RetainFromTicks);
    }

    private static async Task<IReadOnlyList<DynamicTableEntity>> EntitiesAsync(CloudTable table, CancellationToken cancellationToken)
    {
        var entities = new List<DynamicTableEntity>();
        TableContinuationToken? token = null;
        do
        {
            var segment = await table.ExecuteQuerySegmentedAsync(new TableQuery(), token, cancellationToken);
            entities.AddRange(segment.Results);
            token = segment.ContinuationToken;
        }
        while (token is not null);

        return entities;
    }
}
