namespace OutcomesBot.Bot.Storage;

/// <summary>The storage backends the bot can run on.</summary>
public enum StorageProvider
{
    Sqlite,
    AzureTables,
}
