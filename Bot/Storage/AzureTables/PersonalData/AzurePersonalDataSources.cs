namespace OutcomesBot.Bot.Storage.AzureTables.PersonalData;

/// <summary>
/// Where each Azure store keeps a person's raw data (docs/decisions/016), by the same source names as
/// SqlitePersonalDataSources, so "my data" and retention behave the same on both backends.
/// </summary>
public static class AzurePersonalDataSources
{
    public static IReadOnlyList<(string Name, IReadOnlyList<AzurePersonalRows> Tables)> All { get; } =
    [
        // Main row and the aad| pointer.
        ("people", [new(AzurePersonStore.TableName, "profile")]),

        // The claims of turns in the person's 1:1 chats first, found through the chat pointers removed in the next part.
        ("conversations",
        [
            new(AzureActivityDeduplicator.TableName, "storedReplies", AzurePersonalFinds.StoredRepliesAsync),
            new(AzureConversationStore.TableName, "personalChat"),
        ]),

        // Runs and the open| mark, both kept from the run's last save.
        ("exerciseSessions", [new(AzureExerciseSessionStore.TableName, "runs")]),

        // One table, so each part is a partition range. The team's copies of answers and the owner copy of a personal
        // cycle are deleted and purged with what they copy, but exported once, through it (an empty export name).
        ("checkIns",
        [
            new(AzureCheckInStore.TableName, "answers", AzurePersonalFinds.StampedIn("answers|")),
            new(AzureCheckInStore.TableName, "", AzurePersonalFinds.StampedIn("teamanswers|")),
            new(AzureCheckInStore.TableName, "preferences", AzurePersonalFinds.StampedIn("prefs|")),
            new(AzureCheckInStore.TableName, "personalCycles", AzurePersonalFinds.StampedIn("cycle|")),
            new(AzureCheckInStore.TableName, "", AzurePersonalFinds.StampedIn("ownercycles|")),
        ]),

        // Message rows and their due rows; a message still waiting or being sent has no retention start.
        ("outbox", [new(AzureOutboxStore.TableName, "messages")]),
        ("unreachable", [new(AzureReachability.TableName, "mark")]),

        // Member rows of every team and the memberships| pointers.
        ("teamMemberships", [new(AzureTeamStore.TableName, "memberships")]),
    ];
}
