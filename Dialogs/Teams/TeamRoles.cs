namespace OutcomesBot.Dialogs.Teams;

/// <summary>
/// Works out a person's role in a team on the server, for every action that needs one: team owners and people named
/// in <see cref="RoleOptions.Leaders"/> lead, members a leader named are champions, other members are staff.
/// </summary>
public sealed class TeamRoles(ITeamStore teams, RoleOptions options)
{
    public async Task<TeamRole> RoleOfAsync(string teamId, string? aadObjectId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(teamId) || string.IsNullOrWhiteSpace(aadObjectId))
        {
            return TeamRole.None;
        }

        if (IsNamedLeader(aadObjectId))
        {
            return TeamRole.Leader;
        }

        var member = await teams.GetMemberAsync(teamId, aadObjectId, cancellationToken);
        return member switch
        {
            null => TeamRole.None,
            { IsOwner: true } => TeamRole.Leader,
            { IsChampion: true } => TeamRole.Champion,
            _ => TeamRole.Staff,
        };
    }

    /// <summary>The teams in which the person has at least <paramref name="minimum"/>, by team name.</summary>
    public async Task<IReadOnlyList<Team>> TeamsWhereAsync(string? aadObjectId, TeamRole minimum, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(aadObjectId))
        {
            return [];
        }

        var all = await teams.ListTeamsAsync(cancellationToken);
        if (IsNamedLeader(aadObjectId))
        {
            return all;
        }

        var memberships = await teams.ListMembershipsAsync(aadObjectId, cancellationToken);
        var allowed = memberships.Where(m => Role(m) >= minimum).Select(m => m.TeamId).ToHashSet(StringComparer.Ordinal);
        return all.Where(t => allowed.Contains(t.TeamId)).ToList();
    }

    private bool IsNamedLeader(string aadObjectId) =>
        options.Leaders.Contains(aadObjectId, StringComparer.OrdinalIgnoreCase);

    private static TeamRole Role(TeamMember member) =>
        member.IsOwner ? TeamRole.Leader : member.IsChampion ? TeamRole.Champion : TeamRole.Staff;
}
