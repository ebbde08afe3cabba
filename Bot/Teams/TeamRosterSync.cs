using OutcomesBot.Dialogs.Champions;
using OutcomesBot.Scheduler.Rosters;

namespace OutcomesBot.Bot.Teams;

/// <summary>
/// Brings a team's stored roster up to date and reaches the members the bot cannot message yet. The roster comes from
/// Microsoft Graph when the team's group id is known and Graph answers (owners become leaders), otherwise from the
/// Bot Connector. Then the app is installed for members with no 1:1 chat. A refused Graph call is told to the leaders.
/// </summary>
public sealed class TeamRosterSync(
    ITeamStore teams,
    ITeamDirectory directory,
    ConnectorRoster connectorRoster,
    MemberAppInstaller installer,
    PermissionNotices notices,
    ChampionReturns championReturns,
    TimeProvider timeProvider,
    ILogger<TeamRosterSync> logger) : IRosterSync
{
    /// <summary>Syncs one team; <paramref name="installerTeamsUserId"/> is who installed the app, when this follows an install.</summary>
    public async Task SyncAsync(string teamId, string? installerTeamsUserId, CancellationToken cancellationToken)
    {
        if (await teams.GetTeamAsync(teamId, cancellationToken) is not { } team)
        {
            return;
        }

        var now = timeProvider.GetUtcNow();
        var missing = new List<string>();
        var (roster, source) = await FromGraphAsync(team, now, missing, cancellationToken);
        if (roster is null)
        {
            (roster, source) = (await connectorRoster.ReadAsync(team, now, cancellationToken), "connector");
        }

        // An empty list means nothing could be read (a team always has a member): never wipe the stored roster with it.
        if (roster is not { Count: > 0 })
        {
            TeamsLog.NoRoster(logger);
        }
        else
        {
            await teams.SyncRosterAsync(team.TeamId, roster, cancellationToken);
        }

        var members = await teams.ListMembersAsync(team.TeamId, cancellationToken);

        // Whatever brought them back (this sync, Teams saying they joined, a message of theirs in the team), a champion
        // who left and is here again is told to the team's leaders once (decision 087).
        await championReturns.TellLeadersAsync(team, members, cancellationToken);
        var (installed, installPermission) = await installer.InstallMissingAsync(members, cancellationToken);
        if (installPermission is not null)
        {
            missing.Add(installPermission);
        }

        if (missing.Count > 0)
        {
            await notices.TellLeadersAsync(team, members, missing, installerTeamsUserId, cancellationToken);
        }

        var owners = members.Count(m => m.IsOwner);
        TeamsLog.Synced(logger, source, members.Count, owners, installed);
    }

    private async Task<(IReadOnlyList<TeamMember>? Roster, string Source)> FromGraphAsync(Team team, DateTimeOffset now, List<string> missing, CancellationToken cancellationToken)
    {
        if (team.AadGroupId is not { Length: > 0 } groupId)
        {
            return (null, "connector");
        }

        var result = await directory.ListMembersAsync(groupId, cancellationToken);
        if (result is { Status: DirectoryStatus.PermissionMissing, Permission: { } permission })
        {
            missing.Add(permission);
        }

        if (!result.IsOk || result.Value is null)
        {
            return (null, "connector");
        }

        var roster = result.Value
            .DistinctBy(m => m.AadObjectId, StringComparer.OrdinalIgnoreCase)
            .Select(m => new TeamMember { TeamId = team.TeamId, AadObjectId = m.AadObjectId, Name = m.Name, IsOwner = m.IsOwner, UpdatedAt = now })
            .ToList();
        return (roster, "graph");
    }
}
