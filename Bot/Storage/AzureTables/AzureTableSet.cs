using System.Collections.Concurrent;
using Azure.Data.Tables;

namespace OutcomesBot.Bot.Storage.AzureTables;

/// <summary>The storage account's tables, by the short names the stores use; the configured prefix goes in front.</summary>
public sealed class AzureTableSet(TableServiceClient client, IOptions<StorageOptions> options)
{
    private readonly string _prefix = options.Value.AzureTables.TablePrefix;
    private readonly int _batchReadConcurrency = options.Value.AzureTables.BatchReadConcurrency;
    private readonly ConcurrentDictionary<string, AzureTable> _tables = new(StringComparer.Ordinal);

    public AzureTable this[string name] => _tables.GetOrAdd(name, key => new AzureTable(client.GetTableClient(_prefix + key), sibling => this[sibling], _batchReadConcurrency));

    /// <summary>Creates each named table that does not exist yet.</summary>
    public async Task CreateAsync(IEnumerable<string> names, CancellationToken cancellationToken)
    {
        foreach (var name in names.Distinct(StringComparer.Ordinal))
        {
            await this[name].Client.CreateIfNotExistsAsync(cancellationToken);
        }
    }

    /// <summary>
    /// The service client for the configured account: from the connection string (Azurite, local runs), else from the
    /// endpoint with <paramref name="credential"/> (a managed identity: no key).
    /// </summary>
    public static TableServiceClient CreateClient(AzureTablesOptions azure, Func<AzureTablesCredential> credential, TableClientOptions clientOptions)
    {
        ArgumentNullException.ThrowIfNull(azure);
        ArgumentNullException.ThrowIfNull(credential);
        return !string.IsNullOrWhiteSpace(azure.ConnectionString)
            ? new TableServiceClient(azure.ConnectionString, clientOptions)
            : new TableServiceClient(azure.Endpoint ?? throw new InvalidOperationException("Storage:AzureTables needs a ConnectionString or an Endpoint."),
                credential().Credential, clientOptions);
    }
}
