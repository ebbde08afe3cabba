namespace OutcomesBot.Bot.Storage.AzureTables;

/// <summary>
/// An adapter over one table of the account, by the short name that its store's registration creates (see
/// <see cref="StorageServiceCollectionExtensions.AddStore{TPort, TSqlite, TAzure}"/>); a store that spans two tables
/// reaches the other through <see cref="AzureTable.Sibling"/>.
/// </summary>
public abstract class AzureTableStore(AzureTableSet tables, string tableName)
{
    protected AzureTable Table => tables[tableName];
}
