namespace OutcomesBot.Bot.Storage.Sqlite;

/// <summary>
/// The schema, one step per version. PRAGMA user_version records how far a database has come;
/// a step is never edited once released, only followed by a new one.
/// </summary>
internal static class SqliteMigrations
{
    public static IReadOnlyList<string> Steps { get; } =
    [
        """
        CREATE TABLE conversations (
            conversation_id TEXT NOT NULL PRIMARY KEY,
            service_url     TEXT NOT NULL,
            kind            TEXT NOT NULL,
            tenant_id       TEXT,
            bot_id          TEXT,
            bot_name        TEXT,
            user_id         TEXT,
            team_id         TEXT,
            team_name       TEXT,
            channel_id      TEXT,
            name            TEXT,
            is_installed    INTEGER NOT NULL,
            welcomed_at     TEXT,
            updated_at      TEXT NOT NULL
        );
        CREATE INDEX ix_conversations_personal_user ON conversations (user_id) WHERE kind = 'Personal';

        CREATE TABLE people (
            teams_user_id   TEXT NOT NULL PRIMARY KEY,
            aad_object_id   TEXT,
            name            TEXT,
            tenant_id       TEXT,
            time_zone       TEXT,
            first_seen_at   TEXT NOT NULL,
            last_seen_at    TEXT NOT NULL
        );

        CREATE TABLE processed_activities (
            conversation_id TEXT NOT NULL,
            activity_id     TEXT NOT NULL,
            claimed_at      TEXT NOT NULL,
            completed_at    TEXT,
            response        TEXT,
            PRIMARY KEY (conversation_id, activity_id)
        );
        CREATE INDEX ix_processed_activities_claimed ON processed_activities (claimed_at);
        """,
        """
        CREATE TABLE exercise_sessions (
            session_id      TEXT NOT NULL PRIMARY KEY,
            person_id       TEXT NOT NULL,
            exercise_id     TEXT NOT NULL,
            status          TEXT NOT NULL,
            step_index      INTEGER NOT NULL,
            answers         TEXT NOT NULL,
            version         INTEGER NOT NULL,
            started_at      TEXT NOT NULL,
            updated_at      TEXT NOT NULL,
            completed_at    TEXT,
            shared_at       TEXT
        );
        CREATE INDEX ix_exercise_sessions_person ON exercise_sessions (person_id, exercise_id, updated_at);
        CREATE UNIQUE INDEX ux_exercise_sessions_one_in_progress ON exercise_sessions (person_id, exercise_id) WHERE status = 'InProgress';
        """,
        """
        CREATE TABLE check_in_cycle_firings (
            fire_instance_id TEXT NOT NULL PRIMARY KEY,
            team_id          TEXT NOT NULL,
            scheduled_for    TEXT NOT NULL,
            fired_at         TEXT NOT NULL
        );
        CREATE INDEX ix_check_in_cycle_firings_team ON check_in_cycle_firings (team_id, fired_at);
        """,
        """
        CREATE TABLE check_in_cycles (
            cycle_id         TEXT NOT NULL PRIMARY KEY,
            team_id          TEXT,
            owner_person_id  TEXT,
            opens_at         TEXT NOT NULL,
            closes_at        TEXT NOT NULL,
            includes_pulse   INTEGER NOT NULL
        );
        CREATE INDEX ix_check_in_cycles_team ON check_in_cycles (team_id, closes_at);
        CREATE INDEX ix_check_in_cycles_owner ON check_in_cycles (owner_person_id, closes_at) WHERE owner_person_id IS NOT NULL;

        CREATE TABLE check_in_answers (
            cycle_id         TEXT NOT NULL,
            person_id        TEXT NOT NULL,
            team_id          TEXT,
            confidence       INTEGER NOT NULL,
            went_well        TEXT,
            barrier          TEXT,
            wants_support    INTEGER NOT NULL,
            support_from     TEXT,
            pulse_ratings    TEXT NOT NULL,
            readiness_index  INTEGER,
            answered_at      TEXT NOT NULL,
            revision         INTEGER NOT NULL,
            PRIMARY KEY (cycle_id, person_id)
        );
        CREATE INDEX ix_check_in_answers_team ON check_in_answers (team_id, answered_at);
        CREATE INDEX ix_check_in_answers_person ON check_in_answers (person_id, answered_at);

        CREATE TABLE check_in_preferences (
            person_id        TEXT NOT NULL PRIMARY KEY,
            paused_until     TEXT,
            snoozed_until    TEXT,
            opted_out        INTEGER NOT NULL,
            reminders_sent   TEXT NOT NULL
        );
        """,
        """
        CREATE TABLE outbox (
            outbox_id              TEXT NOT NULL PRIMARY KEY,
            idempotency_key        TEXT NOT NULL,
            cycle_id               TEXT NOT NULL,
            recipient_id           TEXT NOT NULL,
            tenant_id              TEXT NOT NULL,
            kind                   TEXT NOT NULL,
            card_json              TEXT NOT NULL,
            status                 TEXT NOT NULL,
            attempts               INTEGER NOT NULL,
            next_attempt_at        TEXT NOT NULL,
            claim_token            TEXT,
            conversation_recreated INTEGER NOT NULL,
            last_error_code        TEXT,
            created_at             TEXT NOT NULL,
            sent_at                TEXT,
            sent_activity_id       TEXT
        );
        CREATE UNIQUE INDEX ux_outbox_idempotency_key ON outbox (idempotency_key);
        CREATE INDEX ix_outbox_due ON outbox (next_attempt_at) WHERE status IN ('Pending', 'Sending');
        CREATE INDEX ix_outbox_cycle_status ON outbox (cycle_id, status);

        CREATE TABLE unreachable_people (
            teams_user_id   TEXT NOT NULL PRIMARY KEY,
            reason_code     TEXT NOT NULL,
            marked_at       TEXT NOT NULL
        );
        """,
        """
        CREATE TABLE teams (
            team_id         TEXT NOT NULL PRIMARY KEY,
            tenant_id       TEXT NOT NULL,
            service_url     TEXT NOT NULL,
            name            TEXT,
            aad_group_id    TEXT,
            updated_at      TEXT NOT NULL
        );

        CREATE TABLE team_members (
            team_id         TEXT NOT NULL,
            aad_object_id   TEXT NOT NULL,
            teams_user_id   TEXT,
            name            TEXT,
            is_owner        INTEGER NOT NULL,
            is_champion     INTEGER NOT NULL,
            updated_at      TEXT NOT NULL,
            PRIMARY KEY (team_id, aad_object_id)
        );
        CREATE INDEX ix_team_members_person ON team_members (aad_object_id);
        CREATE INDEX ix_people_aad_object_id ON people (aad_object_id);
        """,
        """
        CREATE TABLE IF NOT EXISTS app_install_attempts (
            aad_object_id   TEXT NOT NULL PRIMARY KEY COLLATE NOCASE,
            status          TEXT NOT NULL,
            attempts        INTEGER NOT NULL,
            last_attempt_at TEXT NOT NULL
        );

        CREATE TABLE IF NOT EXISTS team_permission_notices (
            team_id         TEXT NOT NULL,
            permissions     TEXT NOT NULL,
            sent_at         TEXT NOT NULL,
            PRIMARY KEY (team_id, permissions)
        );
        """,
        """
        CREATE TABLE momentum_snapshots (
            team_id              TEXT NOT NULL,
            week_start           TEXT NOT NULL,
            members              INTEGER NOT NULL,
            answered             INTEGER NOT NULL,
            minimum_answers      INTEGER NOT NULL,
            average_confidence   REAL,
            confidence_change    REAL,
            readiness_index      REAL,
            support_requests     INTEGER,
            exercises_completed  INTEGER NOT NULL,
            learning_log_entries INTEGER NOT NULL,
            computed_at          TEXT NOT NULL,
            PRIMARY KEY (team_id, week_start)
        );

        CREATE TABLE you_said_responses (
            response_id          TEXT NOT NULL PRIMARY KEY,
            team_id              TEXT NOT NULL,
            leader_id            TEXT NOT NULL,
            leader_aad_object_id TEXT,
            text                 TEXT NOT NULL,
            theme_ids            TEXT NOT NULL,
            cycle_id             TEXT,
            recipients           INTEGER NOT NULL,
            sent_at              TEXT NOT NULL
        );
        CREATE INDEX ix_you_said_responses_team ON you_said_responses (team_id, sent_at);
        CREATE INDEX ix_you_said_responses_leader ON you_said_responses (leader_id);
        CREATE INDEX ix_exercise_sessions_completed ON exercise_sessions (completed_at) WHERE status = 'Completed';
        """,
        """
        CREATE TABLE personal_data_downloads (
            token_hash      TEXT NOT NULL PRIMARY KEY,
            teams_user_id   TEXT NOT NULL,
            aad_object_id   TEXT,
            created_at      TEXT NOT NULL,
            expires_at      TEXT NOT NULL
        );
        CREATE INDEX ix_personal_data_downloads_expires ON personal_data_downloads (expires_at);
        """,
        """
        CREATE TABLE IF NOT EXISTS team_rhythms (
            team_id         TEXT NOT NULL PRIMARY KEY,
            cadence         TEXT NOT NULL,
            day_of_week     INTEGER NOT NULL,
            local_time      TEXT NOT NULL,
            time_zone       TEXT NOT NULL,
            updated_by      TEXT NOT NULL,
            updated_at      TEXT NOT NULL
        );

        CREATE TABLE IF NOT EXISTS check_in_deliveries (
            cycle_id         TEXT NOT NULL,
            person_id        TEXT NOT NULL,
            team_id          TEXT NOT NULL,
            deliver_at       TEXT NOT NULL,
            person_time_zone TEXT,
            team_time_zone   TEXT NOT NULL,
            closes_at        TEXT NOT NULL,
            reminders_sent   INTEGER NOT NULL,
            skipped          INTEGER NOT NULL,
            created_at       TEXT NOT NULL,
            PRIMARY KEY (cycle_id, person_id)
        );
        CREATE INDEX IF NOT EXISTS ix_check_in_deliveries_open ON check_in_deliveries (closes_at) WHERE skipped = 0;
        CREATE INDEX IF NOT EXISTS ix_check_in_deliveries_team ON check_in_deliveries (team_id, created_at);
        """,
        """
        ALTER TABLE outbox ADD COLUMN channel_conversation_id TEXT;

        CREATE TABLE stories (
            story_id                TEXT NOT NULL PRIMARY KEY,
            team_id                 TEXT NOT NULL,
            tenant_id               TEXT NOT NULL,
            channel_id              TEXT NOT NULL,
            author_aad_object_id    TEXT NOT NULL,
            author_name             TEXT,
            title                   TEXT NOT NULL,
            mattered                TEXT NOT NULL,
            changed                 TEXT NOT NULL,
            helped                  TEXT NOT NULL,
            outcome_kinds           TEXT NOT NULL,
            posted_at               TEXT NOT NULL
        );
        CREATE INDEX ix_stories_team_posted ON stories (team_id, posted_at);
        CREATE INDEX ix_stories_author ON stories (author_aad_object_id);

        CREATE TABLE story_celebrations (
            story_id        TEXT NOT NULL,
            aad_object_id   TEXT NOT NULL,
            celebrated_at   TEXT NOT NULL,
            PRIMARY KEY (story_id, aad_object_id)
        );
        CREATE INDEX ix_story_celebrations_person ON story_celebrations (aad_object_id);

        CREATE TABLE story_digests (
            team_id         TEXT NOT NULL,
            period_end      TEXT NOT NULL,
            posted_at       TEXT NOT NULL,
            PRIMARY KEY (team_id, period_end)
        );
        """,
        """
        CREATE TABLE learning_sets (
            set_id                  TEXT NOT NULL PRIMARY KEY,
            team_id                 TEXT NOT NULL,
            tenant_id               TEXT NOT NULL,
            channel_id              TEXT NOT NULL,
            topic                   TEXT NOT NULL,
            starter_aad_object_id   TEXT NOT NULL,
            members                 TEXT NOT NULL,
            interval_days           INTEGER NOT NULL,
            rounds                  INTEGER NOT NULL,
            time_zone_id            TEXT NOT NULL,
            first_round_at          TEXT NOT NULL,
            created_at              TEXT NOT NULL
        );
        CREATE INDEX ix_learning_sets_team ON learning_sets (team_id);

        CREATE TABLE learning_answers (
            set_id          TEXT NOT NULL,
            round           INTEGER NOT NULL,
            aad_object_id   TEXT NOT NULL,
            name            TEXT,
            challenge       TEXT NOT NULL,
            tried           TEXT NOT NULL,
            helped          TEXT NOT NULL,
            next_action     TEXT NOT NULL,
            answered_at     TEXT NOT NULL,
            PRIMARY KEY (set_id, round, aad_object_id)
        );
        CREATE INDEX ix_learning_answers_person ON learning_answers (aad_object_id);

        CREATE TABLE learning_round_summaries (
            set_id          TEXT NOT NULL,
            round           INTEGER NOT NULL,
            summarised_at   TEXT NOT NULL,
            PRIMARY KEY (set_id, round)
        );
        """,
        // A person's stories and "you said" responses are found by AAD object id ignoring case (export, delete); SQLite can
        // serve that only from an index with the same collation, so the plain author index was never used.
        """
        DROP INDEX IF EXISTS ix_stories_author;
        CREATE INDEX IF NOT EXISTS ix_stories_author_nocase ON stories (author_aad_object_id COLLATE NOCASE);
        CREATE INDEX IF NOT EXISTS ix_you_said_responses_leader_aad ON you_said_responses (leader_aad_object_id COLLATE NOCASE);
        """,
        // The pulse rotation (decision 025): the conditions a cycle asks (NULL for the cycles stored before it, which asked all
        // 14) and each week's readiness by condition (NULL for weeks computed before it).
        """
        ALTER TABLE check_in_cycles ADD COLUMN pulse_conditions TEXT;
        ALTER TABLE momentum_snapshots ADD COLUMN condition_readiness TEXT;
        """,
        // Named support requests (decision 027): the asker's side and the recipient's side apart, each one person's data.
        """
        CREATE TABLE support_requests (
            request_id          TEXT NOT NULL PRIMARY KEY,
            tenant_id           TEXT NOT NULL,
            team_id             TEXT NOT NULL,
            asker_id            TEXT NOT NULL,
            asker_aad_object_id TEXT,
            asker_name          TEXT,
            about               TEXT,
            asked_at            TEXT NOT NULL
        );
        CREATE INDEX ix_support_requests_asker ON support_requests (asker_id);

        CREATE TABLE support_recipients (
            request_id              TEXT NOT NULL PRIMARY KEY,
            recipient_id            TEXT NOT NULL,
            recipient_aad_object_id TEXT NOT NULL,
            recipient_name          TEXT,
            asked_at                TEXT NOT NULL,
            seen_at                 TEXT,
            done_at                 TEXT
        );
        CREATE INDEX ix_support_recipients_recipient ON support_recipients (recipient_aad_object_id COLLATE NOCASE);
        """,
            // Stories offered by staff for a leader's or champion's approval (decision 030): the author's data until decided.
        """
        CREATE TABLE story_offers (
            story_id                TEXT NOT NULL PRIMARY KEY,
            team_id                 TEXT NOT NULL,
            tenant_id               TEXT NOT NULL,
            author_aad_object_id    TEXT NOT NULL,
            story                   TEXT NOT NULL,
            offered_at              TEXT NOT NULL,
            decision                TEXT,
            decided_at              TEXT
        );
        CREATE INDEX ix_story_offers_author ON story_offers (author_aad_object_id COLLATE NOCASE);
        """,
        // Entries sent to one named person (decision 034): who, to whom, when, which entry; never the entry's text.
        """
        CREATE TABLE entry_shares (
            share_id                TEXT NOT NULL PRIMARY KEY,
            tenant_id               TEXT NOT NULL,
            sender_id               TEXT NOT NULL,
            sender_aad_object_id    TEXT,
            sender_name             TEXT,
            recipient_id            TEXT NOT NULL,
            recipient_aad_object_id TEXT NOT NULL,
            recipient_name          TEXT,
            session_id              TEXT NOT NULL,
            exercise_id             TEXT NOT NULL,
            shared_at               TEXT NOT NULL
        );
        CREATE INDEX ix_entry_shares_sender ON entry_shares (sender_id);
        """,
        // The saved-exercise reminder (decision 034): the person's "Stop reminding me", and the scan for runs left unfinished.
        """
        ALTER TABLE check_in_preferences ADD COLUMN saved_exercise_reminders_off INTEGER NOT NULL DEFAULT 0;
        CREATE INDEX ix_exercise_sessions_saved ON exercise_sessions (session_id, updated_at) WHERE status = 'InProgress';
        """,
        // Members and people are looked up by AAD object id ignoring case, which an index in the column's own (binary)
        // collation cannot serve: a check-in's membership check read every member of the team, and "my teams" and the
        // person behind an AAD id read the whole table. These indexes are in NOCASE, as the lookups compare.
        """
        DROP INDEX ix_team_members_person;
        CREATE INDEX ix_team_members_person_nocase ON team_members (aad_object_id COLLATE NOCASE, team_id);
        CREATE INDEX ix_team_members_team_person_nocase ON team_members (team_id, aad_object_id COLLATE NOCASE);
        DROP INDEX ix_people_aad_object_id;
        CREATE INDEX ix_people_aad_object_id_nocase ON people (aad_object_id COLLATE NOCASE, last_seen_at);
        """,
        // Finished outbox messages forget their cards (decision 047): the ones finished before this step do too.
        """
        UPDATE outbox SET card_json = '' WHERE status NOT IN ('Pending', 'Sending');
        """,
        // The team priorities pools shown to leaders (decision 049): anonymous counts, kept so that a roster change cannot
        // move what a leader sees by one person's audit.
        """
        CREATE TABLE shown_priorities (
            team_id         TEXT NOT NULL,
            as_of           TEXT NOT NULL,
            people          INTEGER NOT NULL,
            priority_counts TEXT NOT NULL,
            PRIMARY KEY (team_id, as_of)
        );
        """,
        // The leaders' tab adds its months up from the frozen weeks (decision 048): each week's exercises by kind, as JSON
        // (NULL for a week below the threshold, and for the weeks stored before this).
        """
        ALTER TABLE momentum_snapshots ADD COLUMN exercises_by_kind TEXT;
        """,
        // Whose words a waiting card carries to someone else (decision 051): that person's "delete my data" deletes the
        // card unsent. Cleared, with the card, once the message is finished.
        """
        ALTER TABLE outbox ADD COLUMN writer_user_id TEXT;
        ALTER TABLE outbox ADD COLUMN writer_aad_object_id TEXT;
        """,
        // The "you said, we did" themes shown to leaders (decision 053): anonymous counts per closed cycle or finished
        // week, kept so that a deleted answer or the look-back moving on cannot change what a leader sees.
        """
        CREATE TABLE shown_themes (
            team_id   TEXT NOT NULL,
            shown_for TEXT NOT NULL,
            answered  INTEGER NOT NULL,
            went_well TEXT NOT NULL,
            barriers  TEXT NOT NULL,
            support   TEXT NOT NULL,
            PRIMARY KEY (team_id, shown_for)
        );
        """,
        // A team's scheduled cycles in the order they opened (decision 060): the send-time check's "has the team's next
        // cycle opened?" and the leaders' tab's pulse weeks seek them here instead of reading every cycle of the team.
        """
        CREATE INDEX ix_check_in_cycles_team_opens ON check_in_cycles (team_id, opens_at) WHERE owner_person_id IS NULL;
        """,
        // A team's member by the Teams id a message is addressed to (decision 061): the send-time check of a check-in for
        // someone who has not written to the bot read the whole roster, so a large team's cycle slowed to a crawl.
        """
        CREATE INDEX ix_team_members_team_user ON team_members (team_id, teams_user_id);
        """,
        // One person's outbox messages and check-in deliveries (decision 063): "delete my data" and its export read the
        // whole of both tables, which grow by a row per member and week, and the delete held the write lease meanwhile.
        """
        CREATE INDEX ix_outbox_recipient ON outbox (recipient_id);
        CREATE INDEX ix_check_in_deliveries_person ON check_in_deliveries (person_id);
        """,
        // Which stories a digest carried, and the channel it went to (decision 077): taking a story down rebuilds every
        // digest that carried it. Space-separated story ids; NULL for the digests recorded before this.
        """
        ALTER TABLE story_digests ADD COLUMN channel_id TEXT;
        ALTER TABLE story_digests ADD COLUMN story_ids TEXT;
        """,
        // A set a champion or leader ended early (decision 078): when, and after which round; its runner then refuses it.
        """
        ALTER TABLE learning_sets ADD COLUMN ended_at TEXT;
        ALTER TABLE learning_sets ADD COLUMN ended_after_round INTEGER NOT NULL DEFAULT 0;
        """,
        // A story being taken down (decision 081): marked before its digests are looked at, so that a digest built or sent
        // meanwhile leaves it out too; the row goes once the take-down has finished.
        """
        ALTER TABLE stories ADD COLUMN taken_down_at TEXT;
        """,
        // A champion's own stop of the weekly ask for a story, per team (decision 079): no text, the team, the person, when.
        // The AAD object id is kept lowered; the two indexes find a person's stops for "my data" (by either id) and
        // "ask me for stories".
        """
        CREATE TABLE story_ask_stops (
            team_id       TEXT NOT NULL,
            aad_object_id TEXT NOT NULL,
            teams_user_id TEXT,
            stopped_at    TEXT NOT NULL,
            PRIMARY KEY (team_id, aad_object_id)
        );
        CREATE INDEX ix_story_ask_stops_person ON story_ask_stops (aad_object_id);
        CREATE INDEX ix_story_ask_stops_user ON story_ask_stops (teams_user_id);
        """,
        // People Teams refused as blocked before decision 079 have their 1:1 chat recorded removed, as a refusal now does,
        // so that their next message to the bot brings them back.
        """
        UPDATE conversations SET is_installed = 0
        WHERE kind = 'Personal' AND user_id IN (SELECT teams_user_id FROM unreachable_people);
        """,
        // The last round a set's runner opened (decision 080), written only while the set has not ended, so a firing
        // that read the set just before its end posts nothing. NULL for the sets started before this.
        """
        ALTER TABLE learning_sets ADD COLUMN opened_round INTEGER;
        """,
        // The stories whose take-down was marked and never finished (decision 087): a job finishes them, found by this
        // index of the few rows that have a mark.
        """
        CREATE INDEX ix_stories_taken_down ON stories (taken_down_at) WHERE taken_down_at IS NOT NULL;
        """,
        // Who was a champion of a team when they left it (decision 087): the team, the person (AAD object id, lowered) and
        // whether its leaders were told they are back. Written as the champion's roster row is deleted, in its transaction.
        """
        CREATE TABLE former_champions (
            team_id       TEXT NOT NULL,
            aad_object_id TEXT NOT NULL,
            told          INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (team_id, aad_object_id)
        );
        CREATE INDEX ix_former_champions_person ON former_champions (aad_object_id);
        """,
        // Nothing personal waits in the outbox (decision 090): a story digest or a round summary still waiting holds no
        // card, only what its kind builds it from as it goes (CardBuiltAtSend), and a "champion is back" card waiting is
        // stamped with the person it names (the last part of its cycle id), so that their delete takes it.
        """
        UPDATE outbox SET card_json = '{"buildAtSend":"' || kind || '"}'
        WHERE kind IN ('story-digest', 'learning-summary') AND status IN ('Pending', 'Sending');
        UPDATE outbox SET writer_aad_object_id = replace(cycle_id, rtrim(cycle_id, replace(cycle_id, ':', '')), '')
        WHERE kind = 'champion-back' AND status IN ('Pending', 'Sending') AND writer_aad_object_id IS NULL;
        """,
        // The bot's own secrets (decision 089): the key of the hashed ids in logs, made once and shared by every run on this file.
        """
        CREATE TABLE app_secrets (
            name  TEXT NOT NULL PRIMARY KEY,
            value TEXT NOT NULL
        );
        """,
        // When a former champion left and when the leaders were told they are back (decision 091): a second return is told
        // under a key of its own, and the retention job forgets a note whose last event is older than its period. NULL for
        // the notes written before this; the retention job dates them on its first run.
        """
        ALTER TABLE former_champions ADD COLUMN left_at TEXT;
        ALTER TABLE former_champions ADD COLUMN back_at TEXT;
        """,
        // A preferences row "delete my data" left bare (decisions 079, 084) is marked, so the retention job can remove one
        // whose pause has ended (decision 093); any later choice the person makes clears the mark. The index holds the
        // few marked rows.
        """
        ALTER TABLE check_in_preferences ADD COLUMN kept_on_delete INTEGER NOT NULL DEFAULT 0;
        CREATE INDEX ix_check_in_preferences_kept ON check_in_preferences (paused_until) WHERE kept_on_delete = 1;
        """,
        // A person's stop of a group of one-off 1:1 notes (decision 096): no text, the person (AAD object id, lowered), the
        // group's name, the Teams id they pressed with and when. The index finds a person's stops by Teams id for "my data".
        """
        CREATE TABLE note_stops (
            aad_object_id TEXT NOT NULL,
            note_group    TEXT NOT NULL,
            teams_user_id TEXT,
            stopped_at    TEXT NOT NULL,
            PRIMARY KEY (aad_object_id, note_group)
        );
        CREATE INDEX ix_note_stops_user ON note_stops (teams_user_id);
        """,
        // Name look-up budgets in the store (decision 098), shared by every instance on the file and kept over a restart: one
        // row per person who looked a name up in the last hour, keyed by the keyed hash of their id (no id, no name), with
        // the UTC ticks of the look-ups let through within the hour. A job deletes a row an hour after its newest look-up.
        """
        CREATE TABLE press_budgets (
            person_key TEXT NOT NULL PRIMARY KEY,
            passed     TEXT NOT NULL,
            last_at    TEXT NOT NULL
        );
        CREATE INDEX ix_press_budgets_last ON press_budgets (last_at);
        """,
        // A team's story offers not decided yet, for the welcome card of its leaders and champions (decision 101): the index
        // holds only the waiting rows, so a team's list costs what waits, not every offer it ever had.
        """
        CREATE INDEX ix_story_offers_waiting ON story_offers (team_id, offered_at) WHERE decision IS NULL;
        """,
];
}
