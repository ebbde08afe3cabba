namespace OutcomesBot.Dialogs.People;

/// <summary>Whether someone known by their Teams user id is in a team's stored roster, the roster the daily sync keeps.</summary>
public static class TeamRosterLookup
{
    /// <summary>
    /// True when the person with <paramref name="teamsUserId"/> is a member of the team: by the AAD object id the bot
    /// stored for them (how the roster is keyed), else by the Teams id a roster row carries (someone the bot has not met
    /// yet, or whose stored AAD id does not match).
    /// </summary>
    public static async Task<bool> HasMemberAsync(this ITeamStore teams, IPersonStore people, string teamId, string teamsUserId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(people);
        return await teams.HasMemberAsync(teamId, (await people.GetAsync(teamsUserId, cancellationToken))?.AadObjectId, teamsUserId, cancellationToken);
    }

    /// <summary>The same, for a sender whose AAD object id is already known (from the activity, or none).</summary>
    public static async Task<bool> HasMemberAsync(this ITeamStore teams, string teamId, string? aadObjectId, string teamsUserId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(teams);
        if (!string.IsNullOrEmpty(aadObjectId) && await teams.GetMemberAsync(teamId, aadObjectId, cancellationToken) is not null)
        {
            return true;
        }

        return await teams.FindMemberByTeamsUserIdAsync(teamId, teamsUserId, cancellationToken) is not null;
    }
}
