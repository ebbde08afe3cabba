namespace OutcomesBot.Bot.Storage.AzureTables;

/// <summary>
/// The storage account for <c>Storage:Provider = AzureTables</c> ("Storage:AzureTables"). <see cref="TablePrefix"/> is put
/// before every table name, so that several bots (or test runs) can share one account.
/// </summary>
public sealed class AzureTablesOptions
{
    public string? ConnectionString { get; set; }

    public string TablePrefix { get; set; } = "";
}
