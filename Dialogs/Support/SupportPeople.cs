namespace OutcomesBot.Dialogs.Support;

/// <summary>
/// Who a staff member may pick for a named request or a shared entry: the other members of the same team whose Teams
/// chat id is known (leaders first, then champions, then colleagues), read from the stored roster on the server.
/// </summary>
public sealed class SupportPeople(ITeamStore teams, TeamRoles roles)
{
    /// <summary>Everyone the asker may pick in the team, leaders first, then champions, then colleagues: one roster read.</summary>
    public async Task<IReadOnlyList<ReachablePerson>> ReachableAsync(string teamId, string? askerAadObjectId, CancellationToken cancellationToken)
    {
        var members = await teams.ListMembersAsync(teamId, cancellationToken);
        return [.. members.Where(m => m.TeamsUserId is not null && !Same(m.AadObjectId, askerAadObjectId))
            .Select(m => new ReachablePerson(m, roles.RoleOf(m)))
            .OrderByDescending(p => p.Role)];
    }

    /// <summary>The member picked, when they are in the team, are not the asker, and can be reached; else null.</summary>
    public async Task<(TeamMember Member, TeamRole Role)?> PickedAsync(string teamId, string? askerAadObjectId, string? pickedAadObjectId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(pickedAadObjectId) || Same(pickedAadObjectId, askerAadObjectId))
        {
            return null;
        }

        var member = await teams.GetMemberAsync(teamId, pickedAadObjectId, cancellationToken);
        return member is { TeamsUserId: not null } ? (member, await roles.RoleOfAsync(teamId, member.AadObjectId, cancellationToken)) : null;
    }

    public static string Describe(TeamRole role) => role switch
    {
        TeamRole.Leader => "team leader",
        TeamRole.Champion => "champion",
        _ => "colleague",
    };

    private static bool Same(string a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
