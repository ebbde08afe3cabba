using Azure.Data.Tables;

namespace OutcomesBot.Bot.Storage.AzureTables;

/// <summary>What a read-modify-write decided: the entity to write (null: leave it) and what to return.</summary>
public sealed record AzureChange<T>(TableEntity? Write, T Result);
