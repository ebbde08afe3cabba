namespace OutcomesBot.Bot.Storage.AzureTables;

/// <summary>
/// The bot's own secrets, a row each in partition <c>secrets</c>: inserted if absent (an insert that meets a row writes
/// nothing), then read, so instances starting together on the same account agree on one.
/// </summary>
public sealed class AzureAppSecrets(AzureTableSet tables) : AzureTableStore(tables, TableName), IAppSecrets
{
    public const string TableName = "appsecrets";
    private const string Partition = "secrets";

    public async Task<string> GetOrAddAsync(string name, string valueIfNew, CancellationToken cancellationToken)
    {
        var key = AzureKeys.Escape(name);
        await Table.TryAsync(AzureWrite.Insert(AzureData.Entity(Partition, key, new Secret(valueIfNew))), cancellationToken);
        return await Table.GetAsync(Partition, key, cancellationToken) is { } stored
            ? AzureData.Read<Secret>(stored).Value
            : throw new InvalidOperationException("The secret was neither stored nor found.");
    }

    private sealed record Secret(string Value);
}
