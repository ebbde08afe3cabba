namespace OutcomesBot.Bot.Storage.AzureTables;

/// <summary>A read-modify-write kept losing to other writers; reported rather than overwriting their change.</summary>
public sealed class AzureConcurrencyException(string table, int attempts)
    : Exception($"Gave up after {attempts} conflicting writes to table {table}.");
