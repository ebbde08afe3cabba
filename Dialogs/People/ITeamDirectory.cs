namespace OutcomesBot.Dialogs.People;

/// <summary>
/// The organisation's directory of teams (Microsoft Graph in production): who is in a team and who owns it, its channels,
/// and installing the app for a person. Every call answers with a <see cref="DirectoryResult{T}"/> and never throws for
/// a refused or failed call, so a missing permission is something to tell a leader, not a crash.
/// </summary>
public interface ITeamDirectory
{
    /// <summary>The team's members with their owner flag, every page; <paramref name="aadGroupId"/> is the team's group id.</summary>
    Task<DirectoryResult<IReadOnlyList<DirectoryMember>>> ListMembersAsync(string aadGroupId, CancellationToken cancellationToken);

    /// <summary>The team's channels, by name.</summary>
    Task<DirectoryResult<IReadOnlyList<TeamChannel>>> ListChannelsAsync(string aadGroupId, CancellationToken cancellationToken);

    /// <summary>Installs the bot's app in the person's personal scope; <see cref="DirectoryStatus.AlreadyDone"/> when it was there.</summary>
    Task<DirectoryResult<bool>> InstallAppForUserAsync(string aadObjectId, CancellationToken cancellationToken);
}
