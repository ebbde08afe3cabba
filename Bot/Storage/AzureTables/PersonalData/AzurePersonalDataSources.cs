namespace OutcomesBot.Bot.Storage.AzureTables.PersonalData;

/// <summary>
/// Where each Azure store keeps a person's raw data (docs/decisions/016), by the same source names as
/// SqlitePersonalDataSources, so "my data" and retention behave the same on both backends.
/// </summary>
public static class AzurePersonalDataSources
{
    public static IReadOnlyList<(string Name, IReadOnlyList<AzurePersonalRows> Tables)> All { get; } =
    [
        // Whether the bot has tried to install itself for the person through Graph: about them, but not an answer.
        ("appInstalls", [new(AzureAppInstallLog.TableName, "installAttempts")]),

        // When each team check-in is delivered to the person; gone once the cycle has closed for the retention period.
        ("checkInDeliveries", [new(AzureCheckInDeliveryStore.TableName, "deliveries")]),

        // The rhythm belongs to the team and stays; only the link to the leader who set it goes.
        ("teamRhythmsSet", [new(AzureTeamRhythmStore.TableName, "rhythmsSet", Unlink: (entity, _) => AzureTeamRhythmStore.Unlink(entity))]),
    ];
}
