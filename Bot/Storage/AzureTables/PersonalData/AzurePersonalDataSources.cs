namespace OutcomesBot.Bot.Storage.AzureTables.PersonalData;

/// <summary>
/// Where each Azure store keeps a person's raw data (docs/decisions/016), by the same source names as
/// SqlitePersonalDataSources, so "my data" and retention behave the same on both backends.
/// </summary>
public static class AzurePersonalDataSources
{
    public static IReadOnlyList<(string Name, IReadOnlyList<AzurePersonalRows> Tables)> All { get; } =
    [
        // A leader's "you said, we did" responses are their own words: exported, deleted and purged by sent time.
        ("youSaidResponses", [new(AzureYouSaidStore.TableName, "responses")]),
    ];
}
