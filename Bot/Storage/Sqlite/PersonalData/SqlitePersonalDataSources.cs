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
    private const string ByAad = "($aad IS NOT NULL AND aad_object_id = $aad COLLATE NOCASE)";
    // Celebrations and learning-round answers store the AAD object id lowered, so an exact match keeps their index in use.
    private const string ByLoweredAad = "($aad IS NOT NULL AND aad_object_id = lower($aad))";
    private const string PersonalConversations = "kind = 'Personal' AND user_id = $teams";

    // Learning sets list their members as comma-separated AAD object ids, compared ignoring case (LearningSet.IsMember),
    // so the list is lowered to find the person in any case.
    private const string InLearningSet =
        "($aad IS NOT NULL AND (starter_aad_object_id = $aad COLLATE NOCASE OR lower(',' || members || ',') LIKE '%,' || lower($aad) || ',%'))";

    private const string LeaveLearningSet = """
        starter_aad_object_id = CASE WHEN starter_aad_object_id = $aad COLLATE NOCASE THEN '' ELSE starter_aad_object_id END,
        members = trim(replace(lower(',' || members || ','), ',' || lower($aad) || ',', ','), ',')
        """;

    // A stop, or a pause still running, outlives the delete, bare (decisions 079, 084; CheckInPreferences.KeptOnDelete):
    // the stop alone when there is one, else the pause's end alone, marked as kept so retention removes an ended pause (093).
    private const string KeptPreferences = "(opted_out = 1 OR ifnull(paused_until, '') > $now)";
    private const string BarePreferences = """
        paused_until = CASE WHEN opted_out = 0 THEN paused_until END, snoozed_until = NULL, reminders_sent = '{}',
        saved_exercise_reminders_off = 0, kept_on_delete = 1
        """;

    // Every one of the person's rows, kept as it is: a stop of story asks or of a group of notes holds the stop alone (who,
    // which team or group, and when they pressed it; no name, nothing they wrote), so it outlives the delete untouched and
    // no crash part way can lose it (decision 104).
    private const string EveryRow = "1";

    // A story stays for the team (it is about someone else and passed the identifying check); only the link to its author goes.
    private const string UnlinkAuthor = "author_aad_object_id = '', author_name = NULL";

    public static IReadOnlyList<(string Name, IReadOnlyList<SqlitePersonalRows> Tables)> All { get; } =
    [
        // Stories the person wrote (kept without their name), the ones they celebrated, and the ones they offered for approval
        // (their own words, deleted with them); not raw answers, so no retention.
        ("stories",
        [
            new("stories", "written", "($aad IS NOT NULL AND author_aad_object_id = $aad COLLATE NOCASE)", UnlinkSet: UnlinkAuthor),
            new("story_celebrations", "celebrated", ByLoweredAad),
            new("story_offers", "offered", "($aad IS NOT NULL AND author_aad_object_id = $aad COLLATE NOCASE)"),
        ]),

        // A champion's stops of the weekly ask for a story (decision 079): a setting, not an answer, so no retention. Kept
        // by the delete (decision 104): exported, never removed by it.
        ("storyAskStops", [new("story_ask_stops", "stops", "(teams_user_id = $teams OR " + ByLoweredAad + ")", KeepWhere: EveryRow)]),

        // A person's stops of groups of one-off notes (decision 096): a setting, not an answer, so no retention. Kept by the
        // delete (decision 104): exported, never removed by it.
        ("noteStops", [new("note_stops", "stops", "(teams_user_id = $teams OR " + ByLoweredAad + ")", KeepWhere: EveryRow)]),

        // The person's answers in action-learning rounds: raw answers, so purged after the retention period.
        ("learningSetAnswers", [new("learning_answers", "answers", ByLoweredAad, "answered_at < $cutoff")]),

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
            new("check_in_preferences", "preferences", "person_id = $teams", KeepWhere: KeptPreferences, KeepSet: BarePreferences),
            new("check_in_cycles", "personalCycles", "owner_person_id = $teams", "owner_person_id IS NOT NULL AND closes_at < $cutoff"),
        ]),

        // Cards queued or sent to the person; those still waiting are never purged by age. Then cards still waiting to carry
        // the person's words to someone else (decision 051): deleted unsent, and not exported, being copies of what the
        // person's other sources hold (the request, the entry, the story, the response).
        ("outbox",
        [
            new("outbox", "messages", "recipient_id = $teams", "created_at < $cutoff AND status NOT IN ('Pending', 'Sending')"),
            new("outbox", "", "status IN ('Pending', 'Sending') AND (writer_user_id = $teams OR ($aad IS NOT NULL AND writer_aad_object_id = $aad COLLATE NOCASE))"),
        ]),
        ("unreachable", [new("unreachable_people", "mark", ByTeamsUser)]),
        // Team memberships, and the teams the person was a champion of when they left (decision 087).
        ("teamMemberships", [new("team_members", "memberships", ByAadOrTeamsUser), new("former_champions", "formerChampion", ByLoweredAad)]),
        ("downloadLinks", [new("personal_data_downloads", "links", ByTeamsUser, "expires_at < $cutoff")]),

        // Whether the bot has tried to install itself for the person through Graph: about them, but not an answer.
        ("appInstalls", [new("app_install_attempts", "installAttempts", ByAad)]),

        // When each team check-in is delivered to the person (their time zone, reminders); gone once the cycle has closed
        // for the retention period.
        ("checkInDeliveries", [new("check_in_deliveries", "deliveries", "person_id = $teams", "closes_at < $cutoff")]),

        // Rhythms and learning sets belong to the team and stay; only the link to the person who set or joined them goes.
        ("teamRhythmsSet",
        [
            new("team_rhythms", "rhythmsSet", "(updated_by = $teams OR ($aad IS NOT NULL AND updated_by = $aad COLLATE NOCASE))", UnlinkSet: "updated_by = ''"),
        ]),
        ("learningSetMemberships", [new("learning_sets", "learningSets", InLearningSet, UnlinkSet: LeaveLearningSet)]),

        // A leader's "you said, we did" responses are their own words: exported, deleted and purged like answers.
        ("youSaidResponses", [new("you_said_responses", "responses", "(leader_id = $teams OR ($aad IS NOT NULL AND leader_aad_object_id = $aad COLLATE NOCASE))", "sent_at < $cutoff")]),

        // Support requests the person asked (with what they wrote) and the ones sent to them: raw answers, purged by age.
        ("supportRequests",
        [
            new("support_requests", "asked", "(asker_id = $teams OR ($aad IS NOT NULL AND asker_aad_object_id = $aad COLLATE NOCASE))", "asked_at < $cutoff"),
            new("support_recipients", "received", "(recipient_id = $teams OR ($aad IS NOT NULL AND recipient_aad_object_id = $aad COLLATE NOCASE))", "asked_at < $cutoff"),
        ]),

        // Entries the person sent to one named person (who, to whom, when, which entry; no entry text): purged by age.
        ("entryShares", [new("entry_shares", "sent", "(sender_id = $teams OR ($aad IS NOT NULL AND sender_aad_object_id = $aad COLLATE NOCASE))", "shared_at < $cutoff")]),
    ];
}
