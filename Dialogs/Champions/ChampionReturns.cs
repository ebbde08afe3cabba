using OutcomesBot.Dialogs.MyData;

namespace OutcomesBot.Dialogs.Champions;

/// <summary>
/// Someone who was a champion of a team when they left it comes back as staff: leaving took their roster row and its
/// champion mark, and the role is not given back without a leader (who may have had reasons). Instead each of the team's
/// leaders is told once, in their 1:1 chat, with a button that names them again through <see cref="ChampionNaming"/>
/// and its checks at the press (decision 087). Run after a roster sync, whatever brought the person back.
/// </summary>
public sealed class ChampionReturns(IFormerChampions formerChampions, TeamRoles roles, IPersonalCards cards, TimeProvider timeProvider)
{
    public const string BackKind = "champion-back";

    /// <summary>Tells the leaders about every former champion of the team who is in <paramref name="members"/> (the roster just stored).</summary>
    public async Task TellLeadersAsync(Team team, IReadOnlyList<TeamMember> members, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(members);
        var untold = (await formerChampions.ListAsync(team.TeamId, cancellationToken)).Where(former => !former.Told).ToDictionary(former => former.AadObjectId, StringComparer.OrdinalIgnoreCase);
        foreach (var back in members.Where(m => untold.ContainsKey(m.AadObjectId)))
        {
            // Named again already, or back as a leader (an owner now): there is nothing to ask a leader about.
            if (back.IsChampion || roles.RoleOf(back) == TeamRole.Leader)
            {
                await formerChampions.ForgetAsync(team.TeamId, back.AadObjectId, cancellationToken);
                continue;
            }

            // Queued before the mark: the outbox keeps one card per leader and return whatever runs twice, so a crash
            // between the two tells nobody twice and loses nobody. The key names the leaving this return follows
            // (decision 091), so a champion who leaves and comes back again is told again. The card names the person, so
            // it is stamped with them: their delete, which forgets that they were a champion, takes the card too while it
            // waits (decision 090).
            var key = ReturnKey(team.TeamId, back.AadObjectId, untold[back.AadObjectId].LeftAt);
            var card = ChampionNoticeCards.Back(team.TeamId, team.Name ?? "your team", back.AadObjectId, back.Name);
            var about = new PersonIdentity(back.TeamsUserId ?? "", back.AadObjectId);
            foreach (var leader in members.Where(m => m.TeamsUserId is not null && roles.RoleOf(m) == TeamRole.Leader))
            {
                if (team.TenantId is { Length: > 0 } tenantId)
                {
                    await cards.SendAsync(key, leader.TeamsUserId!, tenantId, BackKind, card, about, cancellationToken);
                }
            }

            await formerChampions.MarkToldAsync(team.TeamId, back.AadObjectId, timeProvider.GetUtcNow(), cancellationToken);
        }
    }

    // A note written before decision 091 has no leaving time: it keeps the key it would have had then.
    private static string ReturnKey(string teamId, string aadObjectId, DateTimeOffset? leftAt) =>
        $"champion-back:{teamId}:{aadObjectId.ToLowerInvariant()}" + (leftAt is { } left ? $":{left.UtcTicks}" : "");
}
