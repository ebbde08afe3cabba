using OutcomesBot.Bot.Storage.Sqlite;
using OutcomesBot.Bot.Storage.Sqlite.PersonalData;
using OutcomesBot.Bot.Tests.Support;

namespace OutcomesBot.Bot.Tests.Storage.Sqlite;

/// <summary>
/// Lookups the bot makes per message or per press, each served by its own index, with no scan and no sort. By AAD object
/// id (compared ignoring case, so only an index in NOCASE serves them): without one, a check-in's membership check read
/// every member of the team, and "my teams" and the person behind an AAD id read the whole table. A member by the Teams
/// id a check-in is addressed to, for someone the bot has not met (decision 061), and a team's cycles by opening time,
/// for the send-time check and the leaders' tab (decision 060). The plans are SQLite's own, for the stores' own
/// statements, on the migrated schema.
/// </summary>
public sealed class SqliteIndexUseTests
{
    public static TheoryData<string, string> Lookups => new()
    {
        { SqliteTeamStore.MemberSql, "ix_team_members_team_person_nocase" },
        { SqliteTeamStore.MembershipsSql, "ix_team_members_person_nocase" },
        { SqlitePersonStore.ByAadObjectIdSql, "ix_people_aad_object_id_nocase" },
        { SqliteTeamStore.MemberByTeamsUserSql, "ix_team_members_team_user" },
        { SqliteCheckInStore.TeamCyclesSql, "ix_check_in_cycles_team_opens" },
    };

    [Theory]
    [MemberData(nameof(Lookups))]
    public async Task A_lookup_searches_its_index_and_scans_or_sorts_nothing(string sql, string index)
    {
        await using var sqlite = await TempSqlite.CreateAsync();

        var plan = await sqlite.Database.QueryListAsync(
            "EXPLAIN QUERY PLAN " + sql, _ => { }, reader => reader.GetString(3), TestContext.Current.CancellationToken);

        var step = Assert.Single(plan);
        Assert.StartsWith("SEARCH ", step, StringComparison.Ordinal);
        Assert.Contains($"USING INDEX {index} ", step, StringComparison.Ordinal);
    }

    // Decision 092: the fan-out's hundred people a read seeks each id on the primary key; the scan is of the ids given.
    [Fact]
    public async Task People_read_together_are_each_sought_by_their_Teams_id()
    {
        await using var sqlite = await TempSqlite.CreateAsync();

        var plan = await sqlite.Database.QueryListAsync(
            "EXPLAIN QUERY PLAN " + SqlitePersonStore.ManySql,
            command => command.With("$ids", "[\"29:a\",\"29:b\"]"),
            reader => reader.GetString(3),
            TestContext.Current.CancellationToken);

        Assert.Contains(plan, step => step.StartsWith("SEARCH people USING INDEX sqlite_autoindex_people_1 (teams_user_id=?)", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.StartsWith("SCAN people", StringComparison.Ordinal));
    }

    // Decision 101: a leader's or champion's welcome lists the story offers waiting in their teams, sought team by team on
    // the partial index of undecided offers, never a scan of every offer the teams ever had.
    [Fact]
    public async Task Story_offers_waiting_in_a_person_s_teams_are_sought_on_the_index_of_undecided_offers()
    {
        await using var sqlite = await TempSqlite.CreateAsync();

        var plan = await sqlite.Database.QueryListAsync(
            "EXPLAIN QUERY PLAN " + SqliteStoryOfferStore.WaitingSql,
            command => command.With("$teams", "[\"team-1\",\"team-2\"]"),
            reader => reader.GetString(3),
            TestContext.Current.CancellationToken);

        Assert.Contains(plan, step => step.StartsWith("SEARCH story_offers USING INDEX ix_story_offers_waiting (team_id=?)", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.StartsWith("SCAN story_offers", StringComparison.Ordinal));
    }

    // Tables whose person filter may read the whole table: one row per team (rhythms), a few per team (learning sets, whose
    // members are a list in one column), a link that expires within the day, or a row per request someone made by hand.
    // None grows with a team's size times its weeks (decision 063).
    private static readonly string[] SmallTables =
        ["team_rhythms", "learning_sets", "personal_data_downloads", "support_requests", "support_recipients", "entry_shares", "team_members"];

    public static TheoryData<string, string> PersonFilters()
    {
        var data = new TheoryData<string, string>();
        foreach (var rows in SqlitePersonalDataSources.All.SelectMany(source => source.Tables).Where(rows => !SmallTables.Contains(rows.Table)))
        {
            data.Add(rows.Table, rows.PersonFilter);
        }

        return data;
    }

    // "Delete my data" and its export read each table by the person's filter, the delete under the write lease: a table
    // that grows by a row per member and week (the outbox, check-in deliveries) must be sought, never scanned, or one
    // person's request stalls every write of the bot while a large team's year is read (decision 063).
    [Theory]
    [MemberData(nameof(PersonFilters))]
    public async Task One_person_s_rows_in_a_growing_table_are_sought_not_scanned(string table, string personFilter)
    {
        await using var sqlite = await TempSqlite.CreateAsync();

        var plan = await sqlite.Database.QueryListAsync(
            $"EXPLAIN QUERY PLAN SELECT * FROM {table} WHERE {personFilter};",
            command => command.With("$teams", "29:someone").With("$aad", "aad-someone"),
            reader => reader.GetString(3),
            TestContext.Current.CancellationToken);

        // The one scan allowed walks the outbox's partial index of waiting messages (a card carrying the person's words).
        Assert.DoesNotContain(plan, step => step.StartsWith("SCAN ", StringComparison.Ordinal) && step != "SCAN outbox USING INDEX ix_outbox_due");
    }
}
