using OutcomesBot.Dialogs.MyData;

namespace OutcomesBot.Dialogs.Stories;

/// <summary>
/// Stories from staff (decision 030). A staff member writes a story on the same card, with the same identifying check
/// and preview, and sends it to their team's leaders and champions instead of posting it. Each of them gets the story in
/// their 1:1 chat; the first to decide wins: Approve posts it by the usual story path (the author can still take it
/// down), "Not this time" sends the author an optional kind word. Roles, team and story are checked here, on the server.
/// </summary>
public sealed class StoryOffers(
    StoryChannels channels, IStoryOfferStore offers, IStoryStore stories, IStoryPublisher publisher, ITeamStore teams, TeamRoles roles, IPersonalCards cards, TimeProvider time)
{
    public const string ApprovalKind = "story-approval";
    public const string DecisionKind = "story-decision";
    public const int KindWordMax = 300;

    internal const string Gone = "That story is no longer waiting: it may have been withdrawn, or its author deleted their data.";
    internal const string NotYours = "Only a leader or champion of the story's team can decide about it, so nothing was changed.";
    internal const string NobodyToAsk =
        "There is no team leader or champion I can reach for your team yet, so I could not send your story. It is still here: "
        + "try again later, or tell your leader about it.";

    /// <summary>Writing, checking and offering a story to a team where the person leads and champions nothing.</summary>
    public async Task<AdaptiveCard> HandleAsync(StoryRequest request, StoryDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(draft);
        var offerable = await channels.ListOfferOnlyAsync(request.AuthorAadObjectId, request.TenantId, cancellationToken);
        if (offerable.Count == 0)
        {
            return StoryCards.NotAllowed();
        }

        return request.Verb switch
        {
            StoryVerbs.Check => StoryDialog.Unready(draft, offerable, forApproval: true)
                ?? StoryPostCards.Preview(draft, offerable.First(c => c.ConversationId == draft.Channel), request.AuthorName, forApproval: true),
            StoryVerbs.Offer => await OfferAsync(request, draft, offerable, cancellationToken),

            // Staff never post: a Post press (a crafted card) gets the card back with the way that works.
            StoryVerbs.Post => StoryCards.Compose(draft with { DetailsChecked = false }, offerable, ["Stories from team members go to a leader or champion first: press Preview, then send it for approval."], forApproval: true),
            _ => StoryCards.Compose(draft with { DetailsChecked = false }, offerable, forApproval: true),
        };
    }

    private async Task<AdaptiveCard> OfferAsync(StoryRequest request, StoryDraft draft, IReadOnlyList<StoryChannel> offerable, CancellationToken cancellationToken)
    {
        if (StoryDialog.Unready(draft, offerable, forApproval: true) is { } unready)
        {
            return unready;
        }

        var channel = offerable.First(c => c.ConversationId == draft.Channel);
        var approvers = await ApproversAsync(channel.TeamId, request.AuthorAadObjectId, cancellationToken);
        if (approvers.Count == 0)
        {
            // The story comes back as written, with the reason, so nothing typed on a phone is lost.
            return StoryCards.Compose(draft, offerable, [NobodyToAsk], forApproval: true);
        }

        var now = time.GetUtcNow();
        var story = StoryDialog.StoryOf(draft, channel, request, now);

        // A second press finds the offer stored and queues nothing new: each card's key is the story id and the person.
        await offers.TryAddAsync(new StoryOffer { Story = story, OfferedAt = now }, cancellationToken);
        var stored = await offers.GetAsync(story.StoryId, cancellationToken);
        if (stored is null || stored.Story.AuthorAadObjectId != request.AuthorAadObjectId)
        {
            return StoryCards.Compose(draft with { StoryId = "" }, offerable, ["That story id belongs to another story. Please press Preview again."], forApproval: true);
        }

        foreach (var approver in approvers)
        {
            await cards.SendAsync(story.StoryId, approver.TeamsUserId!, story.TenantId, ApprovalKind, StoryOfferCards.ForApprover(stored, channel.Title), new PersonIdentity("", request.AuthorAadObjectId), cancellationToken);
        }

        return StoryOfferCards.Offered(stored.Story, [.. approvers.Select(a => a.Name ?? "a team leader")]);
    }

    /// <summary>
    /// How old an approval whose post was never queued must be before a later press posts it: longer than the longest turn
    /// (Turns:TurnTimeout is at most 2 minutes), so that the turn that recorded it has surely ended.
    /// </summary>
    public static readonly TimeSpan RecoveryAfter = TimeSpan.FromMinutes(2);

    /// <summary>A leader's or champion's Approve or "Not this time"; the first decision counts, later presses change nothing.</summary>
    public async Task<AdaptiveCard> DecideAsync(string? storyId, string aadObjectId, string? name, string? tenantId, bool approve, string? kindWord, CancellationToken cancellationToken)
    {
        var offer = Guid.TryParseExact(storyId, "N", out _) ? await offers.GetAsync(storyId!, cancellationToken) : null;
        if (offer is null)
        {
            return StoryOfferCards.Notice(Gone);
        }

        var story = offer.Story;
        if (await roles.RoleOfAsync(story.TeamId, aadObjectId, cancellationToken) < TeamRole.Champion)
        {
            return StoryOfferCards.Notice(NotYours);
        }

        // Words go to a team's channel only from someone still in the team (decision 074): an offer waits, unanswered, while
        // its author is away, and Approve works again if they re-join (decision 075).
        if (approve && await teams.GetMemberAsync(story.TeamId, story.AuthorAadObjectId, cancellationToken) is null)
        {
            return StoryOfferCards.AuthorLeft(story);
        }

        var channelTitle = (await channels.ListAsync(aadObjectId, tenantId ?? story.TenantId, cancellationToken)).FirstOrDefault(c => c.ConversationId == story.ChannelId)?.Title ?? "the team's channel";
        var word = PlainText.Clean(kindWord).Trim();
        if (word.Length > KindWordMax)
        {
            return StoryOfferCards.ForApprover(offer, channelTitle, $"Please keep the kind word to {KindWordMax} characters.");
        }

        var now = time.GetUtcNow();
        if (!await offers.TryDecideAsync(story.StoryId, approve ? StoryOfferDecision.Approved : StoryOfferDecision.NotThisTime, aadObjectId, name, now, cancellationToken))
        {
            var decided = await offers.GetAsync(story.StoryId, cancellationToken) ?? offer;

            // Approved, but its post was never queued: the turn that recorded the approval ended (a crash) before it posted.
            // Only once that turn cannot still be running (RecoveryAfter): two approvers pressing together must not both be
            // told "Approved". A taken-down story keeps its queued row, so it is never posted again. Every step below is
            // keyed on the story.
            return decided.Decision == StoryOfferDecision.Approved
                && decided.DecidedAt is { } decidedAt && now - decidedAt >= RecoveryAfter
                && !await publisher.WasQueuedAsync(story, cancellationToken)
                ? await PostApprovedAsync(story, decided.DeciderAadObjectId, decided.DeciderName, decided.DecidedAt ?? now, channelTitle, cancellationToken)
                : StoryOfferCards.AlreadyDecided(decided);
        }

        if (!approve)
        {
            // A kind word is the decider's own words: their "delete my data" takes it back while it waits (decision 051). Their
            // name waits as a slot, filled in as the notice goes (decision 097).
            await TellAuthorAsync(story, StoryOfferCards.ToAuthorNotThisTimeAtSend(story, aadObjectId, name, word), string.IsNullOrWhiteSpace(word) ? null : new PersonIdentity("", aadObjectId), cancellationToken);
            return StoryOfferCards.NotPosted(story);
        }

        return await PostApprovedAsync(story, aadObjectId, name, now, channelTitle, cancellationToken);
    }

    private async Task<AdaptiveCard> PostApprovedAsync(
        Story story, string? deciderAadObjectId, string? deciderName, DateTimeOffset decidedAt, string channelTitle, CancellationToken cancellationToken)
    {
        var posted = story with { PostedAt = decidedAt };
        await stories.TryAddAsync(posted, cancellationToken);
        await publisher.PublishAsync(posted, StoryPostCards.Posted(posted, 0), cancellationToken);
        // The decider's name waits as a slot, filled in as the notice goes (decision 097).
        await TellAuthorAsync(story, StoryOfferCards.ToAuthorApprovedAtSend(story, deciderAadObjectId, deciderName, channelTitle), null, cancellationToken);
        return StoryOfferCards.Approved(story, channelTitle);
    }

    private async Task TellAuthorAsync(Story story, AdaptiveCard card, PersonIdentity? writer, CancellationToken cancellationToken)
    {
        var author = await teams.GetMemberAsync(story.TeamId, story.AuthorAadObjectId, cancellationToken);
        if (author?.TeamsUserId is { } authorId)
        {
            await cards.SendAsync(story.StoryId, authorId, story.TenantId, DecisionKind, card, writer, cancellationToken);
        }
    }

    /// <summary>The team's leaders and champions the bot can reach, other than the author.</summary>
    private async Task<IReadOnlyList<TeamMember>> ApproversAsync(string teamId, string authorAadObjectId, CancellationToken cancellationToken)
    {
        var approvers = new List<TeamMember>();
        foreach (var member in await teams.ListMembersAsync(teamId, cancellationToken))
        {
            if (member.TeamsUserId is not null && !string.Equals(member.AadObjectId, authorAadObjectId, StringComparison.OrdinalIgnoreCase)
                && roles.RoleOf(member) >= TeamRole.Champion)
            {
                approvers.Add(member);
            }
        }

        return approvers;
    }
}
