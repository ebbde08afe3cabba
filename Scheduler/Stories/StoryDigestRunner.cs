using System.Globalization;
using OutcomesBot.Dialogs.Stories;

namespace OutcomesBot.Scheduler.Stories;

/// <summary>
/// A team's story digest for the period since its last one: the stories its leaders and champions posted go to the
/// team's General channel; when there are none, each champion is asked for one in their 1:1 chat. Once per team and
/// period: the period is recorded first, and every outbox key names it. Nothing while the app is in none of the team's channels.
/// A champion who pressed "Don't ask me for stories" for the team is not asked (decision 079). The digest's outbox row
/// names its team and period only; its card is built as it goes (decision 090).
/// </summary>
public sealed class StoryDigestRunner(
    IStoryStore stories, ITeamStore teams, TeamRoles roles, IConversationStore conversations, IStoryAskStops askStops, IOutboxStore outbox, TimeProvider timeProvider)
{
    public const string DigestKind = "story-digest";
    public const string AskKind = "story-ask";

    /// <summary>Runs the digest whose period ends at <paramref name="periodEnd"/>; returns how many messages were queued.</summary>
    public async Task<int> RunAsync(string teamId, DateTimeOffset periodEnd, CancellationToken cancellationToken)
    {
        if (await teams.GetTeamAsync(teamId, cancellationToken) is not { } team)
        {
            return 0;
        }

        // The app was removed from the team (no channel of it has the app): no digest and no ask, and the period is not
        // recorded, so the first digest after the app is added back covers it (decision 076).
        if (await GeneralChannelAsync(team, cancellationToken) is not { } channel)
        {
            return 0;
        }

        var since = await stories.LastDigestAsync(teamId, cancellationToken) ?? periodEnd.AddDays(-7);
        if (since >= periodEnd || !await stories.TryRecordDigestAsync(teamId, periodEnd, timeProvider.GetUtcNow(), cancellationToken))
        {
            return 0;
        }

        var cycle = CycleOf(teamId, periodEnd);
        var shared = await SharedByLeadersAndChampionsAsync(teamId, since, periodEnd, cancellationToken);
        var now = timeProvider.GetUtcNow();
        if (shared.Count > 0)
        {
            // Remembered before the digest is queued, so that taking one of its stories down can rebuild it (decision 077).
            // The row holds no card: the card, with its authors' names and stories, is built from these ids as it goes
            // (StoryDigestRefresh, decision 090).
            await stories.RecordDigestStoriesAsync(teamId, periodEnd, channel, [.. shared.Select(s => s.StoryId)], cancellationToken);
            return await outbox.EnqueueAsync([OutboxMessage.ForChannel(cycle, channel, null, team.TenantId, DigestKind, CardBuiltAtSend.For(DigestKind), now)], cancellationToken);
        }

        var ask = CardJson.Serialize(DigestCards.AskForStory(teamId));
        var stopped = (await askStops.ListForTeamAsync(teamId, cancellationToken)).Select(s => s.AadObjectId).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var champions = (await teams.ListMembersAsync(teamId, cancellationToken))
            .Where(m => m.IsChampion && m.TeamsUserId is not null && !stopped.Contains(m.AadObjectId));
        return await outbox.EnqueueAsync(champions.Select(c => OutboxMessage.Create(cycle, c.TeamsUserId!, team.TenantId, AskKind, ask, now)).ToList(), cancellationToken);
    }

    public static string CycleOf(string teamId, DateTimeOffset periodEnd) => $"digest:{teamId}:{periodEnd.UtcTicks}";

    /// <summary>The team and period end of a digest's <see cref="CycleOf"/>; a team id may hold colons itself.</summary>
    public static bool TryParseCycle(string cycleId, out string teamId, out DateTimeOffset periodEnd)
    {
        const string Prefix = "digest:";
        teamId = "";
        periodEnd = default;
        var last = cycleId.LastIndexOf(':');
        if (!cycleId.StartsWith(Prefix, StringComparison.Ordinal) || last <= Prefix.Length
            || !long.TryParse(cycleId.AsSpan(last + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || ticks > DateTimeOffset.MaxValue.UtcTicks)
        {
            return false;
        }

        teamId = cycleId[Prefix.Length..last];
        periodEnd = new DateTimeOffset(ticks, TimeSpan.Zero);
        return true;
    }

    // A team's stories come from few authors, each often with several stories: each author's role is read once.
    private async Task<List<Story>> SharedByLeadersAndChampionsAsync(string teamId, DateTimeOffset since, DateTimeOffset periodEnd, CancellationToken cancellationToken)
    {
        var canShare = new Dictionary<string, bool>(StringComparer.Ordinal);
        var shared = new List<Story>();
        foreach (var story in await stories.ListForTeamAsync(teamId, since, periodEnd, cancellationToken))
        {
            if (!canShare.TryGetValue(story.AuthorAadObjectId, out var allowed))
            {
                canShare[story.AuthorAadObjectId] = allowed = await roles.RoleOfAsync(teamId, story.AuthorAadObjectId, cancellationToken) >= TeamRole.Champion;
            }

            if (allowed)
            {
                shared.Add(story);
            }
        }

        return shared;
    }

    // In Teams the General channel's id is the team's id; when the app is only in other channels, the first of them.
    private async Task<string?> GeneralChannelAsync(Team team, CancellationToken cancellationToken)
    {
        var channels = (await conversations.ListInstalledChannelsAsync(team.TenantId, cancellationToken)).Where(c => c.TeamId == team.TeamId).ToList();
        return (channels.FirstOrDefault(c => c.ConversationId == team.TeamId) ?? channels.FirstOrDefault())?.ConversationId;
    }
}
