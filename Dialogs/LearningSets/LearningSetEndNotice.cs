namespace OutcomesBot.Dialogs.LearningSets;

/// <summary>
/// Tells the members of an ended set, once each, in their 1:1 chat (decision 086): which set, which team, after which
/// round and who ended it, with a link to the round's thread when its post has gone and the team's group id is known.
/// Only members still in the team's stored roster (a leaver hears nothing, decision 074), and not the person who ended it.
/// </summary>
public sealed class LearningSetEndNotice(ITeamStore teams, ILearningRoundSummaries rounds, IPersonalCards cards)
{
    public const string EndedKind = "learning-set-ended";

    public async Task TellMembersAsync(LearningSet set, string enderAadObjectId, bool byStarter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(set);
        var team = await teams.GetTeamAsync(set.TeamId, cancellationToken);
        var root = set.EndedAfterRound >= 1 ? await rounds.ThreadRootAsync(set, set.EndedAfterRound, cancellationToken) : null;
        var card = LearningSetMemberCards.Ended(set, team?.Name, byStarter, ThreadLink(set, team, root));
        var told = set.Members.Append(set.StarterAadObjectId)
            .Where(aad => !string.Equals(aad, enderAadObjectId, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (var aad in told)
        {
            if (await teams.GetMemberAsync(set.TeamId, aad, cancellationToken) is { TeamsUserId: { Length: > 0 } recipient })
            {
                await cards.SendAsync("learning:" + set.SetId, recipient, set.TenantId, EndedKind, card, null, cancellationToken);
            }
        }
    }

    /// <summary>
    /// Teams' deep link to a channel conversation: the channel, the post's message id (the activity id the bot's post got),
    /// the tenant and the team's group. Null without the post or the group id: no button rather than one that goes nowhere.
    /// </summary>
    internal static Uri? ThreadLink(LearningSet set, Team? team, string? rootId)
    {
        if (string.IsNullOrEmpty(rootId) || team?.AadGroupId is not { Length: > 0 } group)
        {
            return null;
        }

        var root = Uri.EscapeDataString(rootId);
        var query = $"tenantId={Uri.EscapeDataString(set.TenantId)}&groupId={Uri.EscapeDataString(group)}&parentMessageId={root}";
        if (!string.IsNullOrWhiteSpace(team.Name))
        {
            query += $"&teamName={Uri.EscapeDataString(team.Name)}";
        }

        return new Uri($"https://teams.microsoft.com/l/message/{Uri.EscapeDataString(set.ChannelId)}/{root}?{query}");
    }
}
