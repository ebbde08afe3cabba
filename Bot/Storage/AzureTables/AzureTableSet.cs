using System.Collections.Concurrent;
using Microsoft.Azure.Cosmos.Table;
using Microsoft.Extensions.Options;

namespace OutcomesBot.Bot.Storage.AzureTables;

/// <summary>The storage account's tables, by the short names the stores use; the configured prefix goes in front.</summary>
public sealed class AzureTableSet
{
    private readonly CloudTableClient _client;
    private readonly string _prefix;
    private readonly ConcurrentDictionary<string, AzureTable> _tables = new(StringComparer.Ordinal);

    public AzureTableSet(IOptions<StorageOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var azure = options.Value.AzureTables;
        _client = CloudStorageAccount.Parse(azure.ConnectionString).CreateCloudTableClient();
        _prefix = azure.TablePrefix;
    }

    public AzureTable this[string name] => _tables.GetOrAdd(name, key => new AzureTable(_client.GetTableReference(_prefix + key)));

    /// <summary>Creates each named table that does not exist yet.</summary>
    public async Task CreateAsync(IEnumerable<string> names, CancellationToken cancellationToken)
    {
        foreach (var name in names.Distinct(StringComparer.Ordinal))
        {
            await this[name].Cloud.CreateIfNotExistsAsync(cancellationToken);
        }
    }
}
