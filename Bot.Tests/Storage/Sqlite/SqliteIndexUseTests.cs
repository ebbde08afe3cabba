using OutcomesBot.Bot.Storage.Sqlite;
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
}
