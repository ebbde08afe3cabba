namespace OutcomesBot.Bot.Storage.AzureTables;

/// <summary>A table some store needs; every registered one is created when the host starts.</summary>
public sealed record AzureTableName(string Name);
