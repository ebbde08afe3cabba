namespace OutcomesBot.Bot.Storage.Sqlite.PersonalData;

/// <summary>
/// Where each SQLite store keeps a person's raw data, and which of it are raw answers subject to retention
/// (docs/decisions/012-my-data.md). A new table with a person column must be added here; a test that scans the
/// schema fails until it is.
/// </summary>
public static class SqlitePersonalDataSources
{
    private const string ByTeamsUser = "teams_user_id = $teams";
    private const string ByAadOrTeamsUser = "(teams_user_id = $teams OR ($aad IS NOT NULL AND aad_object_id = $aad COLLATE NOCASE))";
    private const string PersonalConversations = "kind = 'Personal' AND user_id = $teams";

    public static IReadOnlyList<(string Name, IReadOnlyList<SqlitePersonalRows> Tables)> All { get; } =
    [
        // The profile Teams gave us (name, object id, time zone): not an answer, so kept while the person uses the bot.
        ("people", [new("people", "profile", ByAadOrTeamsUser)]),

        // The 1:1 conversation reference, and the stored invoke responses of turns in it (cards that may echo answers).
        // One source, so the responses are found through the conversation before the conversation itself is removed.
        ("conversations",
        [
            new("processed_activities", "storedReplies",
                $"conversation_id IN (SELECT conversation_id FROM conversations WHERE {PersonalConversations})",
                "claimed_at < $cutoff"),
            new("conversations", "personalChat", PersonalConversations),
        ]),

        // Every exercise run with all its answers; a run untouched for the retention period goes, finished or not.
        ("exerciseSessions", [new("exercise_sessions", "runs", "person_id = $teams", "updated_at < $cutoff")]),

        // Answers by when they were last given; preferences are settings, not answers; a personal cycle is the
        // person's own "checkin" on demand and goes with its answer.
        ("checkIns",
        [
            new("check_in_answers", "answers", "person_id = $teams", "answered_at < $cutoff"),
            new("check_in_preferences", "preferences", "person_id = $teams"),
            new("check_in_cycles", "personalCycles", "owner_person_id = $teams", "owner_person_id IS NOT NULL AND closes_at < $cutoff"),
        ]),

        // Cards queued or sent to the person; those still waiting are never purged by age.
        ("outbox", [new("outbox", "messages", "recipient_id = $teams", "created_at < $cutoff AND status NOT IN ('Pending', 'Sending')")]),
        ("unreachable", [new("unreachable_people", "mark", ByTeamsUser)]),
        ("teamMemberships", [new("team_members", "memberships", ByAadOrTeamsUser)]),
        ("downloadLinks", [new("personal_data_downloads", "links", ByTeamsUser, "expires_at < $cutoff")]),
    ];
}
