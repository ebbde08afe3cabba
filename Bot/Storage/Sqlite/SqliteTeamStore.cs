using Microsoft.Data.Sqlite;
using OutcomesBot.Dialogs.Champions;

namespace OutcomesBot.Bot.Storage.Sqlite;

/// <summary>Teams and their members in SQLite.</summary>
public sealed class SqliteTeamStore(SqliteDatabase database, TimeProvider timeProvider) : ITeamStore, IFormerChampions
{
    // A champion taken off a roster is remembered, in the transaction that deletes their row (decision 087); a second
    // time (named again, then gone again) is new news for the leaders, dated by this leaving (decision 091).
    // A sync deletes the stored key exactly as read; Teams saying someone left names them in any case.
    private static string RememberChampionSql(string match) => $"""
        INSERT INTO former_champions (team_id, aad_object_id, told, left_at)
        SELECT team_id, lower(aad_object_id), 0, $now FROM team_members WHERE team_id = $team AND {match} AND is_champion = 1
        ON CONFLICT (team_id, aad_object_id) DO UPDATE SET told = 0, left_at = excluded.left_at, back_at = NULL;
        """;

    private const string ExactAad = "aad_object_id = $aad";
    private const string AadInAnyCase = "aad_object_id = $aad COLLATE NOCASE";

    private const string TeamColumns = "team_id, tenant_id, service_url, name, aad_group_id, updated_at";
    private const string MemberColumns = "team_id, aad_object_id, teams_user_id, name, is_owner, is_champion, updated_at";

    public Task UpsertTeamAsync(Team team, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        return database.ExecuteAsync(
            $"""
            INSERT INTO teams ({TeamColumns}) VALUES ($team, $tenant, $url, $name, $group, $at)
            ON CONFLICT (team_id) DO UPDATE SET
                tenant_id = excluded.tenant_id, service_url = excluded.service_url,
                name = COALESCE(excluded.name, name), aad_group_id = COALESCE(excluded.aad_group_id, aad_group_id),
                updated_at = excluded.updated_at;
            """,
            command => command.With("$team", team.TeamId).With("$tenant", team.TenantId).With("$url", team.ServiceUrl)
                .With("$name", team.Name).With("$group", team.AadGroupId).With("$at", team.UpdatedAt),
            cancellationToken);
    }

    public Task<Team?> GetTeamAsync(string teamId, CancellationToken cancellationToken) =>
        database.QueryFirstAsync<Team?>($"SELECT {TeamColumns} FROM teams WHERE team_id = $team;", command => command.With("$team", teamId), ReadTeam, cancellationToken);

    public Task<IReadOnlyList<Team>> ListTeamsAsync(CancellationToken cancellationToken) =>
        database.QueryListAsync($"SELECT {TeamColumns} FROM teams ORDER BY name, team_id;", _ => { }, ReadTeam, cancellationToken);

    // Only a member whose row would change is written, and only someone no longer listed is deleted (decision 065): the
    // rows are read first, in the same transaction, so a day when nobody changed writes nothing.
    public Task SyncRosterAsync(string teamId, IReadOnlyList<TeamMember> roster, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(roster);
        return database.InTransactionAsync(async (command, token) =>
        {
            var stored = await StoredRosterAsync(command, teamId, token);
            var written = 0;
            command.CommandText = UpsertSql(ownerFromRoster: true);
            foreach (var member in roster)
            {
                var had = stored.TryGetValue(member.AadObjectId, out var row);
                var merged = (member.TeamsUserId ?? row.TeamsUserId, member.Name ?? row.Name, member.IsOwner);
                if (had && merged == row)
                {
                    continue;
                }

                stored[member.AadObjectId] = merged;
                command.Parameters.Clear();
                BindMember(command, member with { TeamId = teamId });
                written += await command.ExecuteNonQueryAsync(token);
            }

            var listed = roster.Select(member => member.AadObjectId).ToHashSet(StringComparer.Ordinal);
            foreach (var gone in stored.Keys.Where(aad => !listed.Contains(aad)).ToList())
            {
                written += await RemoveAsync(command, teamId, gone, ExactAad, token);
            }

            return written;
        }, cancellationToken);
    }

    // What a roster sync may change of each member's row, by AAD object id as the primary key compares it.
    private static async Task<Dictionary<string, (string? TeamsUserId, string? Name, bool IsOwner)>> StoredRosterAsync(SqliteCommand command, string teamId, CancellationToken cancellationToken)
    {
        var stored = new Dictionary<string, (string? TeamsUserId, string? Name, bool IsOwner)>(StringComparer.Ordinal);
        command.CommandText = "SELECT aad_object_id, teams_user_id, name, is_owner FROM team_members WHERE team_id = $team;";
        command.Parameters.Clear();
        await using var reader = await command.With("$team", teamId).ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            stored[reader.GetString(0)] = (reader.GetNullableString(1), reader.GetNullableString(2), reader.GetBoolean(3));
        }

        return stored;
    }

    public Task UpsertMemberAsync(TeamMember member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        return database.ExecuteAsync(UpsertSql(ownerFromRoster: false), command => BindMember(command, member), cancellationToken);
    }

    public async Task<bool> RemoveMemberAsync(string teamId, string aadObjectId, CancellationToken cancellationToken) =>
        await database.InTransactionAsync((command, token) => RemoveAsync(command, teamId, aadObjectId, AadInAnyCase, token), cancellationToken) > 0;

    // The champion mark first, read from the row about to go; returns the roster rows deleted.
    private async Task<int> RemoveAsync(SqliteCommand command, string teamId, string aadObjectId, string match, CancellationToken cancellationToken)
    {
        command.CommandText = RememberChampionSql(match);
        command.Parameters.Clear();
        await command.With("$team", teamId).With("$aad", aadObjectId).With("$now", timeProvider.GetUtcNow()).ExecuteNonQueryAsync(cancellationToken);
        command.CommandText = $"DELETE FROM team_members WHERE team_id = $team AND {match};";
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public Task<IReadOnlyList<FormerChampion>> ListAsync(string teamId, CancellationToken cancellationToken) =>
        database.QueryListAsync(
            "SELECT aad_object_id, told, left_at, back_at FROM former_champions WHERE team_id = $team ORDER BY aad_object_id;",
            command => command.With("$team", teamId),
            reader => new FormerChampion(reader.GetString(0), reader.GetBoolean(1), reader.GetNullableTime(2), reader.GetNullableTime(3)),
            cancellationToken);

    public async Task<bool> MarkToldAsync(string teamId, string aadObjectId, DateTimeOffset at, CancellationToken cancellationToken) =>
        await database.ExecuteAsync(
            "UPDATE former_champions SET told = 1, back_at = $at WHERE team_id = $team AND aad_object_id = lower($aad) AND told = 0;",
            command => command.With("$team", teamId).With("$aad", aadObjectId).With("$at", at), cancellationToken) == 1;

    // A note from before decision 091 has no time: dated now, it goes one period later.
    public Task<int> ForgetOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        database.InTransactionAsync(async (command, token) =>
        {
            command.CommandText = "UPDATE former_champions SET left_at = $now WHERE left_at IS NULL AND back_at IS NULL;";
            await command.With("$now", timeProvider.GetUtcNow()).ExecuteNonQueryAsync(token);
            command.CommandText = "DELETE FROM former_champions WHERE coalesce(back_at, left_at) < $cutoff;";
            command.Parameters.Clear();
            return await command.With("$cutoff", cutoff).ExecuteNonQueryAsync(token);
        }, cancellationToken);

    public Task ForgetAsync(string teamId, string aadObjectId, CancellationToken cancellationToken) =>
        database.ExecuteAsync(
            "DELETE FROM former_champions WHERE team_id = $team AND aad_object_id = lower($aad);",
            command => command.With("$team", teamId).With("$aad", aadObjectId), cancellationToken);

    public Task<IReadOnlyList<TeamMember>> ListMembersAsync(string teamId, CancellationToken cancellationToken) =>
        database.QueryListAsync(
            $"SELECT {MemberColumns} FROM team_members WHERE team_id = $team ORDER BY name, aad_object_id;",
            command => command.With("$team", teamId), ReadMember, cancellationToken);

    public Task<TeamMember?> GetMemberAsync(string teamId, string aadObjectId, CancellationToken cancellationToken) =>
        database.QueryFirstAsync<TeamMember?>(
            MemberSql,
            command => command.With("$team", teamId).With("$aad", aadObjectId), ReadMember, cancellationToken);

    public Task<TeamMember?> FindMemberByTeamsUserIdAsync(string teamId, string teamsUserId, CancellationToken cancellationToken) =>
        database.QueryFirstAsync<TeamMember?>(
            MemberByTeamsUserSql,
            command => command.With("$team", teamId).With("$user", teamsUserId), ReadMember, cancellationToken);

    public Task<IReadOnlyList<TeamMember>> ListMembershipsAsync(string aadObjectId, CancellationToken cancellationToken) =>
        database.QueryListAsync(
            MembershipsSql,
            command => command.With("$aad", aadObjectId), ReadMember, cancellationToken);

    public async Task<bool> SetChampionAsync(string teamId, string aadObjectId, bool isChampion, DateTimeOffset at, CancellationToken cancellationToken) =>
        await database.ExecuteAsync(
            "UPDATE team_members SET is_champion = $champion, updated_at = $at WHERE team_id = $team AND aad_object_id = $aad COLLATE NOCASE;",
            command => command.With("$champion", isChampion).With("$at", at).With("$team", teamId).With("$aad", aadObjectId),
            cancellationToken) == 1;

    // Both use an index in NOCASE (SqliteIndexUseTests).
    internal const string MemberSql = $"SELECT {MemberColumns} FROM team_members WHERE team_id = $team AND aad_object_id = $aad COLLATE NOCASE;";
    internal const string MemberByTeamsUserSql = $"SELECT {MemberColumns} FROM team_members WHERE team_id = $team AND teams_user_id = $user LIMIT 1;";
    internal const string MembershipsSql = $"SELECT {MemberColumns} FROM team_members WHERE aad_object_id = $aad COLLATE NOCASE ORDER BY team_id;";

    // A roster sync sets the owner flag; a single member seen in a message keeps whatever the roster said.
    private static string UpsertSql(bool ownerFromRoster) => $"""
        INSERT INTO team_members ({MemberColumns}) VALUES ($team, $aad, $user, $name, $owner, 0, $at)
        ON CONFLICT (team_id, aad_object_id) DO UPDATE SET
            teams_user_id = COALESCE(excluded.teams_user_id, teams_user_id),
            name = COALESCE(excluded.name, name),
            is_owner = {(ownerFromRoster ? "excluded.is_owner" : "is_owner")},
            updated_at = excluded.updated_at;
        """;

    private static void BindMember(SqliteCommand command, TeamMember member) => command
        .With("$team", member.TeamId).With("$aad", member.AadObjectId).With("$user", member.TeamsUserId)
        .With("$name", member.Name).With("$owner", member.IsOwner).With("$at", member.UpdatedAt);

    private static Team ReadTeam(SqliteDataReader reader) => new()
    {
        TeamId = reader.GetString(0),
        TenantId = reader.GetString(1),
        ServiceUrl = reader.GetString(2),
        Name = reader.GetNullableString(3),
        AadGroupId = reader.GetNullableString(4),
        UpdatedAt = reader.GetTime(5),
    };

    private static TeamMember ReadMember(SqliteDataReader reader) => new()
    {
        TeamId = reader.GetString(0),
        AadObjectId = reader.GetString(1),
        TeamsUserId = reader.GetNullableString(2),
        Name = reader.GetNullableString(3),
        IsOwner = reader.GetBoolean(4),
        IsChampion = reader.GetBoolean(5),
        UpdatedAt = reader.GetTime(6),
    };
}
