namespace OutcomesBot.Bot.Storage.AzureTables;

/// <summary>
/// The storage account for <c>Storage:Provider = AzureTables</c> ("Storage:AzureTables"): either a
/// <see cref="ConnectionString"/> (Azurite, local runs) or an <see cref="Endpoint"/> reached with a managed identity, no
/// key anywhere. <see cref="TablePrefix"/> is put before every table name, so that several bots (or test runs) can share
/// one account.
/// </summary>
public sealed class AzureTablesOptions
{
    public string? ConnectionString { get; set; }

    /// <summary>The account's table endpoint, such as <c>https://account.table.core.windows.net</c>.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>
    /// The client id of the user-assigned managed identity to reach <see cref="Endpoint"/> with. Empty: the bot's own
    /// identity when MicrosoftAppType is UserAssignedMSI (MicrosoftAppId), else DefaultAzureCredential.
    /// </summary>
    public string? ManagedIdentityClientId { get; set; }

    public string TablePrefix { get; set; } = "";

    /// <summary>
    /// How many stories the one-time story index back-fill reads a page (decision 091): it holds one page at a time and
    /// remembers where it got to after each, so a large table is never all in memory and a run cut short continues.
    /// </summary>
    public int BackfillPageSize { get; set; } = 500;

    /// <summary>What <see cref="BatchReadConcurrency"/> is unless configured.</summary>
    public const int DefaultBatchReadConcurrency = 4;

    /// <summary>
    /// How many of a batch read's queries (13 partitions each: a hundred people's person rows or preferences are 8) run at
    /// once (decision 099); 1 runs them one after another, as before it.
    /// </summary>
    public int BatchReadConcurrency { get; set; } = DefaultBatchReadConcurrency;
}
