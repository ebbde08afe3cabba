using Azure.Data.Tables;

namespace OutcomesBot.Bot.Storage.AzureTables.PersonalData;

/// <summary>
/// Where each Azure store keeps a person's raw data (docs/decisions/016), by the same source names as
/// SqlitePersonalDataSources, so "my data" and retention behave the same on both backends.
/// </summary>
public static class AzurePersonalDataSources
{
    // A row the delete leaves as it is: the source's delete finds it holds what it would keep and writes nothing.
    private static readonly Func<TableEntity, DateTimeOffset, TableEntity?> AsItIs = (row, _) => row;

    public static IReadOnlyList<(string Name, IReadOnlyList<AzurePersonalRows> Tables)> All { get; } =
    [
        // Stories stay for the team without their author; celebrations and offered stories go with the person (as SQLite's "stories").
        ("stories",
        [
            new(AzureStoryStore.TableName, "written", Unlink: (row, _) => AzureStoryStore.IsAuthorRow(row) ? null : AzureStoryStore.WithoutAuthor(row)),
            new(AzureStoryStore.CelebrationsTable, "celebrated"),
            // The team's list of waiting offers (decision 101) first: a delete cut short leaves an offer unlisted, never a
            // listed offer gone. Not exported: it holds nothing the offer does not.
            new(AzureStoryOfferStore.TableName, "", AzurePersonalFinds.StampedIn(AzureStoryOfferStore.WaitingPrefix)),
            new(AzureStoryOfferStore.TableName, "offered", AzurePersonalFinds.StampedIn(AzureStoryOfferStore.OfferPrefix)),
        ]),

        // A champion's stops of the weekly ask for a story (decision 079), stamped with the person; kept by the delete as
        // they are (decision 104): the row holds the stop alone, so it is never written.
        ("storyAskStops", [new(AzureStoryAskStops.TableName, "stops", Keep: AsItIs)]),

        // A person's stops of groups of one-off notes (decision 096), stamped with the person; kept as they are (decision 104).
        ("noteStops", [new(AzureNoteStops.TableName, "stops", Keep: AsItIs)]),

        // Round answers are raw answers, stamped with when they were given, so the retention job removes them.
        ("learningSetAnswers", [new(AzureLearningSetStore.AnswersTable, "answers")]),

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
        // cycle are deleted and purged with what they copy, but exported once, through it (an empty export name). A stop,
        // or a running pause, is left bare in the preferences row (decision 084).
        ("checkIns",
        [
            new(AzureCheckInStore.TableName, "answers", AzurePersonalFinds.StampedIn("answers|")),
            new(AzureCheckInStore.TableName, "", AzurePersonalFinds.StampedIn("teamanswers|")),
            new(AzureCheckInStore.TableName, "preferences", AzurePersonalFinds.StampedIn("prefs|"), Keep: AzureCheckInStore.KeptOnDelete),
            new(AzureCheckInStore.TableName, "personalCycles", AzurePersonalFinds.StampedIn("cycle|")),
            new(AzureCheckInStore.TableName, "", AzurePersonalFinds.StampedIn("ownercycles|")),
        ]),

        // Message rows and their due rows; a message still waiting or being sent has no retention start. Then the cards
        // waiting to carry the person's words to someone else: deleted unsent, not exported (decision 051).
        ("outbox", [new(AzureOutboxStore.TableName, "messages"), new(AzureOutboxStore.TableName, "", AzureOutboxRows.WrittenByAsync)]),
        ("unreachable", [new(AzureReachability.TableName, "mark")]),

        // Member rows of every team and the memberships| pointers; then the teams the person was a champion of when they
        // left (decision 087).
        ("teamMemberships",
        [
            new(AzureTeamStore.TableName, "memberships", AzurePersonalFinds.StampedInAny("members|", "memberships|")),
            new(AzureTeamStore.TableName, "formerChampion", AzurePersonalFinds.StampedIn("formerchampions|")),
        ]),

        // Links are stamped with their expiry as the retention start.
        ("downloadLinks", [new(AzureDownloadLinkStore.TableName, "links")]),

        // Whether the bot has tried to install itself for the person through Graph: about them, but not an answer.
        ("appInstalls", [new(AzureAppInstallLog.TableName, "installAttempts")]),

        // When each team check-in is delivered to the person; gone once the cycle has closed for the retention period.
        ("checkInDeliveries", [new(AzureCheckInDeliveryStore.TableName, "deliveries")]),

        // The rhythm belongs to the team and stays; only the link to the leader who set it goes.
        ("teamRhythmsSet", [new(AzureTeamRhythmStore.TableName, "rhythmsSet", Unlink: (entity, _) => AzureTeamRhythmStore.Unlink(entity))]),

        // A set names several people, so it is found by its member mark and the person leaves it; the set stays.
        ("learningSetMemberships", [new(AzureLearningSetStore.TableName, "learningSets", AzureLearningSetMarks.FindAsync, AzureLearningSetMarks.Leave)]),

        // A leader's "you said, we did" responses are their own words: exported, deleted and purged by sent time.
        ("youSaidResponses", [new(AzureYouSaidStore.TableName, "responses")]),

        // Support requests: the asker's rows and the recipient's rows are each stamped with their own person.
        ("supportRequests", [new(AzureSupportRequestStore.TableName, "asked", AzurePersonalFinds.StampedRows("asker")), new(AzureSupportRequestStore.TableName, "received", AzurePersonalFinds.StampedRows("to"))]),

        // Entries the person sent to one named person: the sender-stamped rows.
        ("entryShares", [new(AzureEntryShareStore.TableName, "sent", AzurePersonalFinds.StampedRows(AzureEntryShareStore.Row))]),
    ];
}
