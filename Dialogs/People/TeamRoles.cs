namespace OutcomesBot.Dialogs.People;

/// <summary>
/// Works out a person's role in a team on the server, for every action that needs one: team owners lead, and so do
/// people named in <see cref="RoleOptions.Leaders"/>, but only in teams whose stored roster holds them (an Entra object
/// id belongs to one directory, so a roster entry also means the team is in their own tenant); members a leader named
/// are champions, other members are staff. Nobody has a role in a team they are not a member of.
/// </summary>
public sealed class TeamRoles(ITeamStore teams, RoleOptions options)
{
    public async Task<TeamRole> RoleOfAsync(string teamId, string? aadObjectId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(teamId) || string.IsNullOrWhiteSpace(aadObjectId))
        {
            return TeamRole.None;
        }

        var member = await teams.GetMemberAsync(teamId, aadObjectId, cancellationToken);
        return member is null ? TeamRole.None : RoleOf(member);
    }

    /// <summary>The teams in which the person has at least <paramref name="minimum"/>, by team name.</summary>
    public async Task<IReadOnlyList<Team>> TeamsWhereAsync(string? aadObjectId, TeamRole minimum, CancellationToken cancellationToken) =>
        [.. (await TeamsWithRolesAsync(aadObjectId, cancellationToken)).Where(t => t.Role >= minimum).Select(t => t.Team)];

    /// <summary>
    /// Every team the person is in, by team name, with their role there: one read of the teams and one of their
    /// memberships, for a caller that needs more than one minimum role.
    /// </summary>
    public async Task<IReadOnlyList<(Team Team, TeamRole Role)>> TeamsWithRolesAsync(string? aadObjectId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(aadObjectId))
        {
            return [];
        }

        var all = await teams.ListTeamsAsync(cancellationToken);
        var memberships = await teams.ListMembershipsAsync(aadObjectId, cancellationToken);
        var roles = new Dictionary<string, TeamRole>(StringComparer.Ordinal);
        foreach (var member in memberships)
        {
            roles.TryAdd(member.TeamId, RoleOf(member));
        }

        return [.. all.Where(t => roles.ContainsKey(t.TeamId)).Select(t => (t, roles[t.TeamId]))];
    }

    private bool IsNamedLeader(string aadObjectId) =>
        options.Leaders.Contains(aadObjectId, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The role of a member row already read from the stored roster: the same rule as <see cref="RoleOfAsync"/>, with no
    /// read, for a loop over the roster (a read per member made a large team's picker and story offers slow).
    /// </summary>
    public TeamRole RoleOf(TeamMember member) =>
        member is null ? throw new ArgumentNullException(nameof(member))
        : member.IsOwner || IsNamedLeader(member.AadObjectId) ? TeamRole.Leader : member.IsChampion ? TeamRole.Champion : TeamRole.Staff;
}
