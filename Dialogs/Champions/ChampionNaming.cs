namespace OutcomesBot.Dialogs.Champions;

/// <summary>
/// A leader names or removes a team's champions. Everything is checked here, on the server, whatever the card sent:
/// only a leader of that very team may change it, and only a member of that team can be named. A refused request
/// changes nothing and says why.
/// </summary>
public sealed class ChampionNaming(ITeamStore teams, TeamRoles roles, IPersonalCards cards, IFormerChampions formerChampions, TimeProvider timeProvider)
{
    public const string NamedKind = "champion-named";
    public const string RemovedKind = "champion-removed";

    internal const string NotALeader = "Only a team's leaders can name champions. If you lead a team, ask your Microsoft 365 administrator to make you one of its owners.";
    internal const string NotYourTeam = "You are not a leader of that team, so you cannot change its champions.";

    /// <summary>The champions card of <paramref name="teamId"/>, or of the one team the person leads, or a team picker.</summary>
    public async Task<AdaptiveCard> OpenAsync(string? leaderAadObjectId, string? teamId, CancellationToken cancellationToken)
    {
        var led = await roles.TeamsWhereAsync(leaderAadObjectId, TeamRole.Leader, cancellationToken);
        if (led.Count == 0)
        {
            return ChampionCards.Refused(NotALeader);
        }

        if (string.IsNullOrWhiteSpace(teamId))
        {
            return led.Count == 1
                ? await ManageAsync(led[0], null, null, cancellationToken)
                : ChampionCards.PickTeam(TeamChoices.Of(led));
        }

        return led.FirstOrDefault(t => t.TeamId == teamId) is { } team
            ? await ManageAsync(team, null, null, cancellationToken)
            : ChampionCards.Refused(NotYourTeam);
    }

    /// <summary>Names (<paramref name="isChampion"/> true) or removes a champion and shows the team's champions again.</summary>
    public async Task<AdaptiveCard> SetAsync(string? leaderAadObjectId, string? teamId, string? personAadObjectId, bool isChampion, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(teamId)
            || await teams.GetTeamAsync(teamId, cancellationToken) is not { } team
            || await roles.RoleOfAsync(teamId, leaderAadObjectId, cancellationToken) != TeamRole.Leader)
        {
            return ChampionCards.Refused(NotYourTeam);
        }

        if (string.IsNullOrWhiteSpace(personAadObjectId))
        {
            return await ManageAsync(team, null, "Please pick a colleague.", cancellationToken);
        }

        var member = await teams.GetMemberAsync(teamId, personAadObjectId, cancellationToken);
        if (member is null)
        {
            return await ManageAsync(team, null, $"That person is not a member of {PlainText.Of(NameOf(team))}, so I did not change anything. Please pick someone from the list.", cancellationToken);
        }

        var now = timeProvider.GetUtcNow();
        await teams.SetChampionAsync(teamId, member.AadObjectId, isChampion, now, cancellationToken);
        if (isChampion)
        {
            // Named again: that they were a champion when they left is no longer needed (decision 087).
            await formerChampions.ForgetAsync(teamId, member.AadObjectId, cancellationToken);
        }

        if (member.IsChampion != isChampion)
        {
            await TellAsync(team, member, leaderAadObjectId!, isChampion, cancellationToken);
        }

        var who = member.Name is { Length: > 0 } name ? PlainText.Of(name) : "Your colleague";
        var done = isChampion ? $"{who} is now a champion in {PlainText.Of(NameOf(team))}." : $"{who} is no longer a champion in {PlainText.Of(NameOf(team))}.";
        return await ManageAsync(team, done, null, cancellationToken);
    }

    /// <summary>
    /// A leader chooses not to name a former champion who came back (decision 091): the note goes, so neither the champions
    /// card nor a later sync asks about it again. Checked as <see cref="SetAsync"/> is: the presser must lead that team now.
    /// </summary>
    public async Task<AdaptiveCard> KeepAsStaffAsync(string? leaderAadObjectId, string? teamId, string? personAadObjectId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(teamId)
            || await teams.GetTeamAsync(teamId, cancellationToken) is not { } team
            || await roles.RoleOfAsync(teamId, leaderAadObjectId, cancellationToken) != TeamRole.Leader)
        {
            return ChampionCards.Refused(NotYourTeam);
        }

        if (string.IsNullOrWhiteSpace(personAadObjectId))
        {
            return await ManageAsync(team, null, null, cancellationToken);
        }

        await formerChampions.ForgetAsync(teamId, personAadObjectId, cancellationToken);
        var member = await teams.GetMemberAsync(teamId, personAadObjectId, cancellationToken);
        var who = member?.Name is { Length: > 0 } name ? PlainText.Of(name) : "Your colleague";
        return await ManageAsync(team, $"{who} stays as staff. I won't ask about it again.", null, cancellationToken);
    }

    /// <summary>
    /// The person hears of a change in their 1:1 chat (decision 030); a press that changed nothing tells nobody. The key
    /// names the change and the member row it changed from (its last update time), not the time of the press: two
    /// leaders naming the same person at the same moment both read the same row, so they queue one notice, while being
    /// named again after a removal changes from a newer row and is told again (decision 035).
    /// </summary>
    private async Task TellAsync(Team team, TeamMember member, string leaderAadObjectId, bool isChampion, CancellationToken cancellationToken)
    {
        if (member.TeamsUserId is not { } recipient || team.TenantId is not { Length: > 0 } tenantId)
        {
            return;
        }

        var leader = await teams.GetMemberAsync(team.TeamId, leaderAadObjectId, cancellationToken);
        var card = isChampion
            ? ChampionNoticeCards.NamedAtSend(NameOf(team), leader?.AadObjectId, leader?.Name)
            : ChampionNoticeCards.RemovedAtSend(NameOf(team), leader?.AadObjectId, leader?.Name);
        var about = $"champion:{team.TeamId}:{member.AadObjectId}:{(isChampion ? "named" : "removed")}:{member.UpdatedAt.UtcTicks}";
        await cards.SendAsync(about, recipient, tenantId, isChampion ? NamedKind : RemovedKind, card, null, cancellationToken);
    }

    private async Task<AdaptiveCard> ManageAsync(Team team, string? confirmation, string? problem, CancellationToken cancellationToken)
    {
        var members = await teams.ListMembersAsync(team.TeamId, cancellationToken);
        var candidates = members.Select(m => new ChampionCandidate(m.AadObjectId, m.Name ?? "Unnamed colleague", m.IsChampion)).ToList();

        // Told or not (a leader with no 1:1 chat then, or one made leader since), a former champion back in the team as
        // staff is asked about here until a leader names them, leaves them as staff, or the note is forgotten (decision 091).
        var former = (await formerChampions.ListAsync(team.TeamId, cancellationToken)).Select(note => note.AadObjectId).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var cameBack = members.Where(m => former.Contains(m.AadObjectId) && ChampionsWaiting.IsAskedAbout(m, roles))
            .Select(m => new ChampionCandidate(m.AadObjectId, m.Name ?? "A colleague", IsChampion: false)).ToList();
        return ChampionCards.Manage(team.TeamId, NameOf(team), candidates, confirmation, problem, cameBack);
    }

    private static string NameOf(Team team) => team.Name ?? "your team";
}
