using OutcomesBot.Bot.Storage.AzureTables;
using OutcomesBot.Bot.Storage.Sqlite;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.Champions;
using OutcomesBot.Dialogs.People;

namespace OutcomesBot.Bot.Tests.Storage.Contract;

public abstract class TeamStoreContract(StoreBackend backend) : StoreContract(backend)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_roster_sync_adds_refreshes_and_removes_members_but_keeps_champions()
    {
        var store = Store<ITeamStore>();
        await store.SyncRosterAsync("team-1", [Member("aad-a", "Ann", owner: true), Member("aad-b", "Ben"), Member("aad-c", "Cat")], Token);
        Assert.True(await store.SetChampionAsync("team-1", "aad-b", isChampion: true, Now, Token));

        await store.SyncRosterAsync("team-1", [Member("aad-a", "Ann", owner: false), Member("aad-b", "Ben B")], Token);

        var members = await store.ListMembersAsync("team-1", Token);
        Assert.Equal(["aad-a", "aad-b"], members.Select(m => m.AadObjectId));
        Assert.False(members[0].IsOwner);
        Assert.Equal(("Ben B", true), (members[1].Name, members[1].IsChampion));
    }

    // Decision 065: the daily sync rewrote every member's row, and on Azure every membership pointer, one request each.
    [Fact]
    public async Task A_sync_of_an_unchanged_roster_writes_nothing_and_a_changed_member_is_written_alone()
    {
        var store = Store<ITeamStore>();
        List<TeamMember> roster = [Member("aad-a", "Ann", owner: true) with { TeamsUserId = "29:ann" }, Member("aad-b", "Ben"), Member("aad-c", "Cat")];
        await store.SyncRosterAsync("team-1", roster, Token);
        await store.SetChampionAsync("team-1", "aad-c", isChampion: true, Now, Token);
        var stored = await store.ListMembersAsync("team-1", Token);

        // Graph's roster of the next day: no Teams ids (the stored one is kept), the sync's own time.
        var nextDay = roster.Select(member => member with { TeamsUserId = null, UpdatedAt = Now.AddDays(1) }).ToList();
        Assert.Empty(await WrittenDuringAsync(() => store.SyncRosterAsync("team-1", nextDay, Token)));
        Assert.Equal(stored, await store.ListMembersAsync("team-1", Token));

        nextDay[1] = nextDay[1] with { Name = "Ben B", UpdatedAt = Now.AddDays(2) };
        Assert.Equal(["aad-b"], await WrittenDuringAsync(() => store.SyncRosterAsync("team-1", nextDay, Token)));
        Assert.Equal([stored[0], stored[1] with { Name = "Ben B", UpdatedAt = Now.AddDays(2) }, stored[2]], await store.ListMembersAsync("team-1", Token));

        nextDay[0] = nextDay[0] with { IsOwner = false, UpdatedAt = Now.AddDays(3) };
        Assert.Equal(["aad-a"], await WrittenDuringAsync(() => store.SyncRosterAsync("team-1", nextDay, Token)));
        Assert.False((await store.GetMemberAsync("team-1", "aad-a", Token))?.IsOwner);
        Assert.Equal(["team-1"], (await store.ListMembershipsAsync("aad-b", Token)).Select(member => member.TeamId));
    }

    [Fact]
    public async Task A_member_seen_in_a_message_keeps_the_owner_flag_the_roster_gave()
    {
        var store = Store<ITeamStore>();
        await store.SyncRosterAsync("team-1", [Member("aad-a", "Ann", owner: true)], Token);

        await store.UpsertMemberAsync(Member("aad-a", null) with { TeamsUserId = "29:ann" }, Token);

        var member = await store.GetMemberAsync("team-1", "AAD-A", Token);
        Assert.Equal(("Ann", "29:ann", true), (member?.Name, member?.TeamsUserId, member?.IsOwner));
    }

    [Fact]
    public async Task A_member_is_found_by_the_Teams_id_in_their_own_team_only_and_after_a_sync_removes_them_no_more()
    {
        var store = Store<ITeamStore>();
        await store.SyncRosterAsync("team-1", [Member("aad-a", "Ann") with { TeamsUserId = "29:ann" }, Member("aad-b", "Ben") with { TeamsUserId = "29:ben" }], Token);
        await store.SyncRosterAsync("team-2", [Member("aad-c", "Cat") with { TeamId = "team-2", TeamsUserId = "29:cat" }], Token);

        Assert.Equal("aad-b", (await store.FindMemberByTeamsUserIdAsync("team-1", "29:ben", Token))?.AadObjectId);
        Assert.Null(await store.FindMemberByTeamsUserIdAsync("team-1", "29:cat", Token));
        Assert.Null(await store.FindMemberByTeamsUserIdAsync("team-1", "29:BEN", Token));

        await store.SyncRosterAsync("team-1", [Member("aad-a", "Ann") with { TeamsUserId = "29:ann" }], Token);
        Assert.Null(await store.FindMemberByTeamsUserIdAsync("team-1", "29:ben", Token));
    }

    [Fact]
    public async Task Removing_a_member_takes_them_off_that_team_alone_and_leaves_everyone_else_as_they_were()
    {
        var store = Store<ITeamStore>();
        await store.SyncRosterAsync("team-1", [Member("aad-a", "Ann", owner: true), Member("aad-b", "Ben") with { TeamsUserId = "29:ben" }, Member("aad-c", "Cat")], Token);
        await store.SyncRosterAsync("team-2", [Member("aad-b", "Ben") with { TeamId = "team-2", TeamsUserId = "29:ben" }], Token);
        await store.SetChampionAsync("team-1", "aad-c", isChampion: true, Now.AddDays(1), Token);
        var others = (await store.ListMembersAsync("team-1", Token)).Where(m => m.AadObjectId != "aad-b").ToList();

        Assert.True(await store.RemoveMemberAsync("team-1", "AAD-B", Token));
        Assert.False(await store.RemoveMemberAsync("team-1", "aad-b", Token));

        Assert.Equal(others, await store.ListMembersAsync("team-1", Token));
        Assert.Null(await store.FindMemberByTeamsUserIdAsync("team-1", "29:ben", Token));
        Assert.Equal(["team-2"], (await store.ListMembershipsAsync("aad-b", Token)).Select(m => m.TeamId));
    }

    [Fact]
    public async Task Naming_a_champion_who_is_not_in_the_team_changes_nothing()
    {
        var store = Store<ITeamStore>();

        Assert.False(await store.SetChampionAsync("team-1", "aad-x", isChampion: true, Now, Token));
        Assert.Empty(await store.ListMembersAsync("team-1", Token));
    }

    [Fact]
    public async Task Roles_follow_owners_champions_configured_leaders_and_membership()
    {
        var store = Store<ITeamStore>();
        await store.UpsertTeamAsync(new Team { TeamId = "team-1", TenantId = "t", ServiceUrl = "https://smba.example/", Name = "Day service", UpdatedAt = Now }, Token);
        await store.UpsertTeamAsync(new Team { TeamId = "team-2", TenantId = "t", ServiceUrl = "https://smba.example/", Name = "Night team", UpdatedAt = Now }, Token);
        await store.SyncRosterAsync("team-1", [Member("aad-a", "Ann", owner: true), Member("aad-b", "Ben"), Member("aad-c", "Cat")], Token);
        await store.SetChampionAsync("team-1", "aad-b", isChampion: true, Now, Token);
        var roles = new TeamRoles(store, new RoleOptions { Leaders = ["aad-boss"] });

        Assert.Equal(TeamRole.Leader, await roles.RoleOfAsync("team-1", "aad-a", Token));
        Assert.Equal(TeamRole.Champion, await roles.RoleOfAsync("team-1", "aad-b", Token));
        Assert.Equal(TeamRole.Staff, await roles.RoleOfAsync("team-1", "aad-c", Token));
        Assert.Equal(TeamRole.None, await roles.RoleOfAsync("team-2", "aad-c", Token));
        Assert.Equal(TeamRole.None, await roles.RoleOfAsync("team-2", "AAD-BOSS", Token));
        Assert.Equal(["team-1"], (await roles.TeamsWhereAsync("aad-b", TeamRole.Champion, Token)).Select(t => t.TeamId));
        Assert.Empty(await roles.TeamsWhereAsync("aad-c", TeamRole.Champion, Token));
        Assert.Empty(await roles.TeamsWhereAsync("aad-boss", TeamRole.Leader, Token));
    }

    // Whose rows (member rows, and on Azure membership pointers) the work wrote: on SQLite seen by triggers on the
    // members' table, on Azure by the ETags of every row of the teams table before and after.
    private async Task<List<string>> WrittenDuringAsync(Func<Task> work)
    {
        if (Store<ITeamStore>() is AzureTeamStore)
        {
            var table = Store<AzureTableSet>()[AzureTeamStore.TableName];
            var before = (await table.QueryAsync("", Token)).ToDictionary(entity => (entity.PartitionKey, entity.RowKey), entity => entity.ETag);
            await work();
            var after = (await table.QueryAsync("", Token)).ToDictionary(entity => (entity.PartitionKey, entity.RowKey), entity => entity.ETag);
            return [.. before.Keys.Union(after.Keys)
                .Where(key => !before.TryGetValue(key, out var etag) || !after.TryGetValue(key, out var now) || etag != now)
                .Select(key => key.PartitionKey.StartsWith("memberships|", StringComparison.Ordinal) ? key.PartitionKey["memberships|".Length..] : key.RowKey)
                .Distinct().Order(StringComparer.Ordinal)];
        }

        var database = Store<SqliteDatabase>();
        await database.ExecuteAsync(
            """
            CREATE TABLE IF NOT EXISTS member_writes (aad_object_id TEXT NOT NULL);
            DELETE FROM member_writes;
            CREATE TRIGGER IF NOT EXISTS member_updated AFTER UPDATE ON team_members BEGIN INSERT INTO member_writes VALUES (new.aad_object_id); END;
            CREATE TRIGGER IF NOT EXISTS member_added AFTER INSERT ON team_members BEGIN INSERT INTO member_writes VALUES (new.aad_object_id); END;
            CREATE TRIGGER IF NOT EXISTS member_removed AFTER DELETE ON team_members BEGIN INSERT INTO member_writes VALUES (old.aad_object_id); END;
            """,
            _ => { }, Token);
        await work();
        return [.. (await database.QueryListAsync("SELECT aad_object_id FROM member_writes;", _ => { }, reader => reader.GetString(0), Token)).Distinct().Order(StringComparer.Ordinal)];
    }

    // Decision 087: what a champion who left is remembered by, so the team's leaders can be told once if they come back.
    [Fact]
    public async Task A_champion_taken_off_by_a_sync_or_alone_is_remembered_untold_and_staff_are_not()
    {
        var store = Store<ITeamStore>();
        var former = Store<IFormerChampions>();
        await store.SyncRosterAsync("team-1", [Member("aad-a", "Ann", owner: true), Member("aad-b", "Ben"), Member("aad-c", "Cat"), Member("aad-d", "Dan")], Token);
        await store.SetChampionAsync("team-1", "aad-b", isChampion: true, Now, Token);
        await store.SetChampionAsync("team-1", "AAD-C", isChampion: true, Now, Token);
        await store.SyncRosterAsync("team-2", [Member("aad-b", "Ben") with { TeamId = "team-2" }], Token);
        await store.SetChampionAsync("team-2", "aad-b", isChampion: true, Now, Token);

        await store.SyncRosterAsync("team-1", [Member("aad-a", "Ann", owner: true), Member("aad-c", "Cat")], Token);
        Assert.True(await store.RemoveMemberAsync("team-1", "AAD-C", Token));

        Assert.Equal(["aad-b", "aad-c"], await UntoldAsync(former, "team-1"));
        Assert.Empty(await UntoldAsync(former, "team-2"));
        Assert.True(await former.MarkToldAsync("team-1", "AAD-B", Now, Token));
        Assert.False(await former.MarkToldAsync("team-1", "aad-b", Now, Token));
        Assert.False(await former.MarkToldAsync("team-1", "aad-unknown", Now, Token));
        Assert.Equal(["aad-c"], await UntoldAsync(former, "team-1"));
        await former.ForgetAsync("team-1", "AAD-C", Token);
        Assert.Empty(await UntoldAsync(former, "team-1"));
        Assert.Equal(["aad-b"], (await store.ListMembersAsync("team-2", Token)).Select(m => m.AadObjectId));
    }

    // Decision 091: a note is dated by the leaving and by the return told, a second leaving dates it again, and the retention
    // job forgets a note whose last event is older than its cut-off; one from before 091 (no time) is dated at its first run.
    [Fact]
    public async Task A_former_champion_is_dated_by_leaving_and_by_the_return_and_forgotten_once_older_than_the_cutoff()
    {
        var clock = new ManualTimeProvider(Now);
        var store = Store<ITeamStore>(clock);
        var former = Store<IFormerChampions>(clock);
        await store.SyncRosterAsync("team-1", [Member("aad-a", "Ann", owner: true), Member("aad-b", "Ben"), Member("aad-c", "Cat")], Token);
        await store.SetChampionAsync("team-1", "aad-b", isChampion: true, Now, Token);
        await store.SetChampionAsync("team-1", "aad-c", isChampion: true, Now, Token);
        Assert.True(await store.RemoveMemberAsync("team-1", "AAD-B", Token));
        clock.Advance(TimeSpan.FromDays(10));
        await store.SyncRosterAsync("team-1", [Member("aad-a", "Ann", owner: true)], Token);
        await SeedNoteWithoutTimesAsync("team-2", "aad-old");

        Assert.Equal(
            [new FormerChampion("aad-b", false, Now, null), new FormerChampion("aad-c", false, Now.AddDays(10), null)],
            await former.ListAsync("team-1", Token));
        Assert.True(await former.MarkToldAsync("team-1", "aad-b", Now.AddDays(20), Token));
        Assert.Equal(new FormerChampion("aad-b", true, Now, Now.AddDays(20)), (await former.ListAsync("team-1", Token))[0]);

        // Ben is named again and leaves again: the note is new news, dated by the second leaving.
        clock.Advance(TimeSpan.FromDays(20));
        await store.SyncRosterAsync("team-1", [Member("aad-a", "Ann", owner: true), Member("aad-b", "Ben")], Token);
        await store.SetChampionAsync("team-1", "aad-b", isChampion: true, Now, Token);
        clock.Advance(TimeSpan.FromDays(5));
        Assert.True(await store.RemoveMemberAsync("team-1", "aad-b", Token));
        Assert.Equal(new FormerChampion("aad-b", false, Now.AddDays(35), null), (await former.ListAsync("team-1", Token))[0]);

        // Cat's leaving (day 10) is before the cut-off, Ben's (day 35) after it; the note with no time is dated now.
        Assert.Equal(1, await former.ForgetOlderThanAsync(Now.AddDays(20), Token));
        Assert.Equal(["aad-b"], (await former.ListAsync("team-1", Token)).Select(note => note.AadObjectId));
        Assert.Equal(new FormerChampion("aad-old", true, Now.AddDays(35), null), Assert.Single(await former.ListAsync("team-2", Token)));
        Assert.Equal(0, await former.ForgetOlderThanAsync(Now.AddDays(35), Token));
        Assert.Equal(2, await former.ForgetOlderThanAsync(Now.AddDays(36), Token));
        Assert.Empty(await former.ListAsync("team-1", Token));
        Assert.Empty(await former.ListAsync("team-2", Token));
    }

    // A note as decision 087 wrote it, told, with no times.
    private async Task SeedNoteWithoutTimesAsync(string teamId, string aad)
    {
        if (Store<ITeamStore>() is AzureTeamStore)
        {
            var entity = new Azure.Data.Tables.TableEntity("formerchampions|" + teamId, aad) { ["Data"] = $$"""{"AadObjectId":"{{aad}}","Told":true}""" };
            await Store<AzureTableSet>()[AzureTeamStore.TableName].UpsertAsync(entity, Token);
            return;
        }

        await Store<SqliteDatabase>().ExecuteAsync(
            "INSERT INTO former_champions (team_id, aad_object_id, told) VALUES ($team, $aad, 1);",
            command =>
            {
                command.Parameters.AddWithValue("$team", teamId);
                command.Parameters.AddWithValue("$aad", aad);
            },
            Token);
    }

    private static async Task<List<string>> UntoldAsync(IFormerChampions former, string teamId) =>
        [.. (await former.ListAsync(teamId, Token)).Where(note => !note.Told).Select(note => note.AadObjectId)];

    private static TeamMember Member(string aad, string? name, bool owner = false) =>
        new() { TeamId = "team-1", AadObjectId = aad, Name = name, IsOwner = owner, UpdatedAt = Now };
}

/// <summary>The ITeamStore contract on SQLite.</summary>
public sealed class TeamStoreContractOnSqlite() : TeamStoreContract(StoreBackend.Sqlite());

/// <summary>The ITeamStore contract on Azure Tables (Azurite).</summary>
[Slow]
public sealed class TeamStoreContractOnAzurite(Azurite azurite) : TeamStoreContract(StoreBackend.Azure(azurite));
