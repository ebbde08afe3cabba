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
    public async Task<IReadOnlyList<Team>> TeamsWhereAsync(string? aadObjectId, TeamRole minimum, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(aadObjectId))
        {
            return [];
        }

        var all = await teams.ListTeamsAsync(cancellationToken);
        var memberships = await teams.ListMembershipsAsync(aadObjectId, cancellationToken);
        var allowed = memberships.Where(m => RoleOf(m) >= minimum).Select(m => m.TeamId).ToHashSet(StringComparer.Ordinal);
        return all.Where(t => allowed.Contains(t.TeamId)).ToList();
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
