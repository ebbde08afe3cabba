namespace OutcomesBot.Bot.Teams;

/// <summary>
/// Installs the app for team members who have no 1:1 chat with the bot yet, so that check-ins can reach them. Each person
/// is asked for once: a success (or "already installed") is final; throttling, outages and a missing permission are
/// tried again on a later sync. Someone who has (or had) a chat with the bot is never installed for again.
/// </summary>
public sealed class MemberAppInstaller(
    ITeamDirectory directory, IAppInstallLog log, IConversationStore conversations, IPersonStore people, TimeProvider timeProvider)
{
    /// <summary>How many installs succeeded, and the permission that was missing if Graph refused.</summary>
    public async Task<(int Installed, string? MissingPermission)> InstallMissingAsync(IReadOnlyList<TeamMember> roster, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(roster);
        var installed = 0;
        foreach (var member in roster)
        {
            if (await HasPersonalChatAsync(member, cancellationToken)
                || await log.GetAsync(member.AadObjectId, cancellationToken) is { WorthRetrying: false })
            {
                continue;
            }

            var result = await directory.InstallAppForUserAsync(member.AadObjectId, cancellationToken);
            if (result.Status is DirectoryStatus.NotConfigured or DirectoryStatus.NotAuthenticated)
            {
                return (installed, null);
            }

            await log.RecordAsync(member.AadObjectId, result.Status, timeProvider.GetUtcNow(), cancellationToken);
            if (result.Status == DirectoryStatus.PermissionMissing)
            {
                // Every other member would be refused the same way; the next sync tries them all again.
                return (installed, result.Permission);
            }

            installed += result.Status == DirectoryStatus.Ok ? 1 : 0;
        }

        return (installed, null);
    }

    private async Task<bool> HasPersonalChatAsync(TeamMember member, CancellationToken cancellationToken)
    {
        var teamsUserId = member.TeamsUserId ?? (await people.FindByAadObjectIdAsync(member.AadObjectId, cancellationToken))?.TeamsUserId;
        return teamsUserId is not null && await conversations.FindPersonalAsync(teamsUserId, cancellationToken) is not null;
    }
}
