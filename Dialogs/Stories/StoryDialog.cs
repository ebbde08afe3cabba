namespace OutcomesBot.Dialogs.Stories;

/// <summary>
/// Writing, checking, previewing and posting a success story. Every press checks again on the server that the author
/// leads or champions the chosen channel's team and that the story is complete; nothing is stored before Post.
/// </summary>
public sealed class StoryDialog(StoryChannels channels, IStoryStore stories, IStoryPublisher publisher, TeamRoles roles, StoryOffers offers, TimeProvider timeProvider)
{
    public const string ForApprovalSuffix = " (a leader or champion there approves it first)";

    public async Task<AdaptiveCard> HandleAsync(StoryRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var draft = StoryDraft.From(request.Values);
        if (!Guid.TryParse(draft.StoryId, out _))
        {
            draft = draft with { StoryId = Guid.CreateVersion7(timeProvider.GetUtcNow()).ToString("N") };
        }

        // Staff write the same story and offer it for approval instead (decision 030); so does a leader or champion of
        // one team for a team where they are staff only.
        var allowed = await channels.ListAsync(request.AuthorAadObjectId, request.TenantId, cancellationToken);
        IReadOnlyList<StoryChannel> offerOnly = allowed.Count == 0 ? [] : await channels.ListOfferOnlyAsync(request.AuthorAadObjectId, request.TenantId, cancellationToken);
        if (allowed.Count == 0 || request.Verb == StoryVerbs.Offer || offerOnly.Any(c => c.ConversationId == draft.Channel))
        {
            return await offers.HandleAsync(request, draft, cancellationToken);
        }

        return request.Verb switch
        {
            StoryVerbs.Check => Check(draft, allowed, request.AuthorName),
            StoryVerbs.Post => await PostAsync(draft, allowed, request, cancellationToken),
            _ => StoryCards.Compose(draft with { DetailsChecked = false }, [.. allowed, .. offerOnly.Select(c => c with { Title = c.Title + ForApprovalSuffix })]),
        };
    }

    /// <summary>
    /// Counts the person's celebration once, if they are in the story's team; null when the story is unknown or was not
    /// posted in <paramref name="channelId"/>, the channel (without its thread part) where the button was pressed: a card
    /// copied elsewhere, or story ids typed into another card, celebrate nothing.
    /// </summary>
    public async Task<AdaptiveCard?> CelebrateAsync(string? storyId, string aadObjectId, string? channelId, CancellationToken cancellationToken)
    {
        var story = string.IsNullOrEmpty(storyId) ? null : await stories.GetAsync(storyId, cancellationToken);
        if (story is null || string.IsNullOrEmpty(channelId) || !string.Equals(BaseOf(story.ChannelId), BaseOf(channelId), StringComparison.Ordinal))
        {
            return null;
        }

        var count = await roles.RoleOfAsync(story.TeamId, aadObjectId, cancellationToken) == TeamRole.None
            ? await stories.CountCelebrationsAsync(story.StoryId, cancellationToken)
            : await stories.CelebrateAsync(story.StoryId, aadObjectId, timeProvider.GetUtcNow(), cancellationToken);
        return StoryPostCards.Posted(story, count);
    }

    private static string BaseOf(string conversationId)
    {
        var cut = conversationId.IndexOf(';', StringComparison.Ordinal);
        return cut < 0 ? conversationId : conversationId[..cut];
    }

    private static AdaptiveCard Check(StoryDraft draft, IReadOnlyList<StoryChannel> allowed, string? authorName) =>
        Unready(draft, allowed) ?? StoryPostCards.Preview(draft, allowed.First(c => c.ConversationId == draft.Channel), authorName);

    // Preview and Post check the same way: Post never trusts that the card it came from was a checked preview.
    internal static AdaptiveCard? Unready(StoryDraft draft, IReadOnlyList<StoryChannel> allowed, bool forApproval = false)
    {
        var problems = draft.Problems(allowed);
        var findings = FieldFindings.Of(draft);
        return problems.Count > 0 || (findings.Count > 0 && !draft.DetailsChecked)
            ? StoryCards.Compose(draft with { DetailsChecked = false }, allowed, problems, findings, forApproval)
            : null;
    }

    internal static Story StoryOf(StoryDraft draft, StoryChannel channel, StoryRequest request, DateTimeOffset at) => new()
    {
        StoryId = draft.StoryId,
        TeamId = channel.TeamId,
        TenantId = channel.TenantId,
        ChannelId = channel.ConversationId,
        AuthorAadObjectId = request.AuthorAadObjectId,
        AuthorName = request.AuthorName,
        Title = draft.Title,
        Mattered = draft.Mattered,
        Changed = draft.Changed,
        Helped = draft.Helped,
        OutcomeKinds = draft.Kinds,
        PostedAt = at,
    };

    private async Task<AdaptiveCard> PostAsync(StoryDraft draft, IReadOnlyList<StoryChannel> allowed, StoryRequest request, CancellationToken cancellationToken)
    {
        if (Unready(draft, allowed) is { } unready)
        {
            return unready;
        }

        var channel = allowed.First(c => c.ConversationId == draft.Channel);
        var story = StoryOf(draft, channel, request, timeProvider.GetUtcNow());

        // A second press of Post finds the story stored and queues nothing new: the outbox key is the story's id.
        await stories.TryAddAsync(story, cancellationToken);
        var stored = await stories.GetAsync(story.StoryId, cancellationToken) ?? story;
        if (stored.AuthorAadObjectId != request.AuthorAadObjectId)
        {
            return StoryCards.Compose(draft with { StoryId = "" }, allowed, ["That story id belongs to another story. Please press Preview again."]);
        }

        await publisher.PublishAsync(stored, StoryPostCards.Posted(stored, 0), cancellationToken);
        return StoryPostCards.Sent(stored, channel.Title);
    }
}
