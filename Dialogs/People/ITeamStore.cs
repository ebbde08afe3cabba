namespace OutcomesBot.Dialogs.People;

/// <summary>Keeps the teams the app is in and their members.</summary>
public interface ITeamStore
{
    /// <summary>Adds or refreshes a team; a null name or group id keeps the stored value.</summary>
    Task UpsertTeamAsync(Team team, CancellationToken cancellationToken);

    /// <summary>The team with that id, or null.</summary>
    Task<Team?> GetTeamAsync(string teamId, CancellationToken cancellationToken);

    /// <summary>Every team the app knows, by name.</summary>
    Task<IReadOnlyList<Team>> ListTeamsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Makes the stored roster equal <paramref name="roster"/>: new members are added, ones no longer listed are removed,
    /// names, Teams ids (when given) and owner flags are refreshed. Champion flags are kept. A member whose row this would
    /// not change (the same name, Teams id and owner flag) is not written, so their update time stays that of their last
    /// change; a sync where nobody changed writes nothing. In one transaction.
    /// </summary>
    Task SyncRosterAsync(string teamId, IReadOnlyList<TeamMember> roster, CancellationToken cancellationToken);

    /// <summary>Adds one member or refreshes their name and Teams id (null keeps the stored value); owner and champion flags are kept.</summary>
    Task UpsertMemberAsync(TeamMember member, CancellationToken cancellationToken);

    /// <summary>
    /// Takes one member off the team's roster (the AAD object id compared ignoring case), touching no other member: for
    /// someone Teams says has left. False when they were not in it.
    /// </summary>
    Task<bool> RemoveMemberAsync(string teamId, string aadObjectId, CancellationToken cancellationToken);

    /// <summary>The team's members, by name.</summary>
    Task<IReadOnlyList<TeamMember>> ListMembersAsync(string teamId, CancellationToken cancellationToken);

    /// <summary>The member, or null when the person is not in the team.</summary>
    Task<TeamMember?> GetMemberAsync(string teamId, string aadObjectId, CancellationToken cancellationToken);

    /// <summary>
    /// The member with that Teams user id (29:...), or null: for a person known only by the id a message is addressed to.
    /// One indexed lookup, however large the team.
    /// </summary>
    Task<TeamMember?> FindMemberByTeamsUserIdAsync(string teamId, string teamsUserId, CancellationToken cancellationToken);

    /// <summary>Every team membership of a person (by AAD object id).</summary>
    Task<IReadOnlyList<TeamMember>> ListMembershipsAsync(string aadObjectId, CancellationToken cancellationToken);

    /// <summary>Names or un-names a champion. False when the person is not a member of the team.</summary>
    Task<bool> SetChampionAsync(string teamId, string aadObjectId, bool isChampion, DateTimeOffset at, CancellationToken cancellationToken);
}
