using Azure.Data.Tables;
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
    // What the SDK puts in every entity it reads besides the stored properties: compared separately (keys) or never.
    private static readonly HashSet<string> SystemProperties = new(StringComparer.Ordinal) { "PartitionKey", "RowKey", "Timestamp", "odata.etag" };

    /// <summary>Every entity of every table whose name starts with <paramref name="prefix"/>, by table name.</summary>
    public static async Task<IReadOnlyList<(string Table, TableEntity Entity)>> AllAsync(TableServiceClient client, string prefix, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var found = new List<(string, TableEntity)>();

        // Listed whole and filtered here, so the scan does not depend on how the emulator treats a name prefix.
        await foreach (var table in client.QueryAsync(filter: (string?)null, cancellationToken: cancellationToken))
        {
            if (table.Name.StartsWith(prefix, StringComparison.Ordinal))
            {
                await foreach (var entity in client.GetTableClient(table.Name).QueryAsync<TableEntity>(cancellationToken: cancellationToken))
                {
                    found.Add((table.Name, entity));
                }
            }
        }

        return found;
    }

    /// <summary>Every entity of the tables a container over Azure Tables (the host's, a store backend's) reads and writes.</summary>
    public static Task<IReadOnlyList<(string Table, TableEntity Entity)>> AllAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        AllAsync(services.GetRequiredService<TableServiceClient>(), services.GetRequiredService<IOptions<StorageOptions>>().Value.AzureTables.TablePrefix, cancellationToken);

    /// <summary>Whether the keys or any string property contain one of <paramref name="texts"/>, in any case.</summary>
    public static bool Mentions(TableEntity entity, IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var values = entity.Where(property => !SystemProperties.Contains(property.Key)).Select(property => property.Value).OfType<string>()
            .Append(entity.PartitionKey).Append(entity.RowKey);
        return values.Any(value => texts.Any(text => value?.Contains(text, StringComparison.OrdinalIgnoreCase) == true));
    }

    /// <summary>An entity that names nobody and is no raw answer: what retention must never touch.</summary>
    public static bool IsAnonymous(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return !entity.ContainsKey(AzurePersonalStamp.PersonId) && !entity.ContainsKey(AzurePersonalStamp.PersonAad)
            && !entity.ContainsKey(AzurePersonalStamp.RetainFromTicks);
    }
}
