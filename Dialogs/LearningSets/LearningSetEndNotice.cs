namespace OutcomesBot.Dialogs.LearningSets;

/// <summary>
/// Tells the members of an ended set, once each, in their 1:1 chat (decision 086): which set, which team, after which
/// round and who ended it, with a link to the round's thread when its post has gone and the team's group id is known.
/// Only members still in the team's stored roster (a leaver hears nothing, decision 074), and not the person who ended it.
/// While the round's post still waits to go, the notes wait behind it, as the end's words do (decision 093): the post's
/// follow-up adds the link and sends them; if it never goes they are sent without the link after <see cref="HoldLimit"/>.
/// </summary>
public sealed class LearningSetEndNotice(ITeamStore teams, ILearningRoundSummaries rounds, IPersonalCards cards)
{
    public const string EndedKind = "learning-set-ended";

    /// <summary>How long the end's words and notes wait for a round's post: longer than its retries take (decision 007).</summary>
    public static readonly TimeSpan HoldLimit = TimeSpan.FromHours(6);

    public async Task TellMembersAsync(LearningSet set, string enderAadObjectId, bool byStarter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(set);
        var team = await teams.GetTeamAsync(set.TeamId, cancellationToken);
        var round = set.EndedAfterRound;
        var root = round >= 1 ? await rounds.ThreadRootAsync(set, round, cancellationToken) : null;
        var link = ThreadLink(set, team, root);

        // Holding is worth it only when the link can be made once the post has gone.
        var held = link is null && root is null && round >= 1 && team?.AadGroupId is { Length: > 0 }
            && await rounds.IsPostWaitingAsync(set, round, cancellationToken);
        var card = LearningSetMemberCards.Ended(set, team?.Name, byStarter, link);
        foreach (var recipient in await RecipientsAsync(set, enderAadObjectId, cancellationToken))
        {
            await (held
                ? cards.HoldAsync(About(set), recipient, set.TenantId, EndedKind, card, HoldLimit, cancellationToken)
                : cards.SendAsync(About(set), recipient, set.TenantId, EndedKind, card, null, cancellationToken));
        }

        // The post may have gone between the look above and the holding, its follow-up finding no note yet: look again.
        if (held && await rounds.ThreadRootAsync(set, round, cancellationToken) is { } sent)
        {
            await ReleaseAsync(set, sent, cancellationToken);
        }
    }

    /// <summary>Sends the notes held behind the round's post, now that it has gone as <paramref name="rootId"/>, with the link to its thread.</summary>
    public async Task ReleaseAsync(LearningSet set, string? rootId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(set);
        if (ThreadLink(set, await teams.GetTeamAsync(set.TeamId, cancellationToken), rootId) is not { } link)
        {
            return;
        }

        // Only held notes change: the person who ended the set has none, and one already sent is left.
        foreach (var recipient in await RecipientsAsync(set, null, cancellationToken))
        {
            await cards.ReleaseAsync(About(set), recipient, EndedKind, new OpenUrlAction(LearningSetMemberCards.ThreadButton, link), cancellationToken);
        }
    }

    private async Task<List<string>> RecipientsAsync(LearningSet set, string? enderAadObjectId, CancellationToken cancellationToken)
    {
        var recipients = new List<string>();
        var told = set.Members.Append(set.StarterAadObjectId)
            .Where(aad => !string.Equals(aad, enderAadObjectId, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (var aad in told)
        {
            if (await teams.GetMemberAsync(set.TeamId, aad, cancellationToken) is { TeamsUserId: { Length: > 0 } recipient })
            {
                recipients.Add(recipient);
            }
        }

        return recipients;
    }

    private static string About(LearningSet set) => "learning:" + set.SetId;

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
