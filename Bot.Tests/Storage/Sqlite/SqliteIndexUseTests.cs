using OutcomesBot.Bot.Storage.Sqlite;
using OutcomesBot.Bot.Storage.Sqlite.PersonalData;
using OutcomesBot.Bot.Tests.Support;

namespace OutcomesBot.Bot.Tests.Storage.Sqlite;

/// <summary>
/// Lookups by AAD object id compare ignoring case, so only an index in NOCASE serves them. Without one, a check-in's
/// membership check read every member of the team, and "my teams" and the person behind an AAD id read the whole table.
/// The plans are SQLite's own, for the stores' own statements, on the migrated schema.
/// </summary>
public sealed class SqliteIndexUseTests
{
    public static TheoryData<string, string> Lookups => new()
    {
        { SqliteTeamStore.MemberSql, "ix_team_members_team_person_nocase" },
        { SqliteTeamStore.MembershipsSql, "ix_team_members_person_nocase" },
        { SqlitePersonStore.ByAadObjectIdSql, "ix_people_aad_object_id_nocase" },
    };

    // The send-time check of a check-in for someone who never wrote to the bot finds them in the roster by the Teams id
    // the message is addressed to: one seek, not the whole team (decision 061).
    [Fact]
    public async Task A_member_by_Teams_id_is_sought_in_the_team_s_Teams_id_index()
    {
        await using var sqlite = await TempSqlite.CreateAsync();

        var plan = await sqlite.Database.QueryListAsync(
            "EXPLAIN QUERY PLAN " + SqliteTeamStore.MemberByTeamsUserSql, _ => { }, reader => reader.GetString(3), TestContext.Current.CancellationToken);

        var step = Assert.Single(plan);
        Assert.StartsWith("SEARCH team_members USING INDEX ix_team_members_team_user (team_id=? AND teams_user_id=?)", step, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Lookups))]
    public async Task A_lookup_by_AAD_object_id_searches_its_NOCASE_index_and_scans_or_sorts_nothing(string sql, string index)
    {
        await using var sqlite = await TempSqlite.CreateAsync();

        var plan = await sqlite.Database.QueryListAsync(
            "EXPLAIN QUERY PLAN " + sql, _ => { }, reader => reader.GetString(3), TestContext.Current.CancellationToken);

        var step = Assert.Single(plan);
        Assert.StartsWith("SEARCH ", step, StringComparison.Ordinal);
        Assert.Contains($"USING INDEX {index} ", step, StringComparison.Ordinal);
    }

    // Every send-time check of a team check-in asks whether the team's next cycle opened, and the leaders' tab reads a
    // year of the team's cycles: both seek the range in the team's opening-time index, with no sort (decision 060).
    [Fact]
    public async Task A_team_s_cycles_in_a_range_are_sought_by_opening_time_and_need_no_sort()
    {
        await using var sqlite = await TempSqlite.CreateAsync();

        var plan = await sqlite.Database.QueryListAsync(
            "EXPLAIN QUERY PLAN " + SqliteCheckInStore.TeamCyclesSql, _ => { }, reader => reader.GetString(3), TestContext.Current.CancellationToken);

        var step = Assert.Single(plan);
        Assert.StartsWith("SEARCH check_in_cycles USING INDEX ix_check_in_cycles_team_opens (team_id=? AND opens_at>? AND opens_at<?)", step, StringComparison.Ordinal);
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
