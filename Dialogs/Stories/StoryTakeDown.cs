using OutcomesBot.Dialogs.Exercises.Sharing;

namespace OutcomesBot.Dialogs.Stories;

/// <summary>
/// Taking a posted story down. The person is the sender of the press; the story id from the card is only a name: the
/// stored story says who wrote it and in which team, and only its author (in the team or not: their own words, decision
/// 081) or a leader of that team may take it down. The story is marked first, so that no digest built or sent from then
/// on carries it (081); a post still waiting in the outbox is cancelled; a sent one is deleted from the channel; every
/// digest that carried it is rebuilt without it (decision 077); then the story is removed.
/// </summary>
public sealed class StoryTakeDown(IStoryStore stories, IStoryPublisher publisher, IStoryDigests digests, TeamRoles roles, TimeProvider timeProvider)
{
    /// <summary>How far back <c>my stories</c> looks.</summary>
    public static readonly TimeSpan Listed = TimeSpan.FromDays(365);

    private const int MaxStoryIdLength = 64;

    public async Task<AdaptiveCard> TakeDownAsync(string? storyId, string aadObjectId, CancellationToken cancellationToken)
    {
        var story = storyId is { Length: > 0 and <= MaxStoryIdLength } ? await stories.GetAsync(storyId, cancellationToken) : null;
        if (story is null)
        {
            return FullWidthCard.Saying(StoryTakeDownCards.GoneText);
        }

        if (!await MayTakeDownAsync(story, aadObjectId, cancellationToken))
        {
            return FullWidthCard.Saying(StoryTakeDownCards.NotAllowedText);
        }

        // Marked before the digests are looked at: a digest recorded after this look leaves the story out when it is sent.
        await stories.MarkTakenDownAsync(story.StoryId, timeProvider.GetUtcNow(), cancellationToken);

        // A digest being sent right now cannot be changed until it has gone: the person presses again, as for the post.
        if (!await digests.LeaveOutAsync(story, cancellationToken))
        {
            return StoryTakeDownCards.Result(WithdrawOutcome.InFlight, story);
        }

        var outcome = await publisher.WithdrawAsync(story, cancellationToken);
        if (outcome != WithdrawOutcome.InFlight)
        {
            // Removed, stopped, or never queued (a failed post): nothing of it is in the channel, so the story goes too.
            await stories.RemoveAsync(story.StoryId, cancellationToken);
        }

        return StoryTakeDownCards.Result(outcome, story);
    }

    /// <summary>
    /// The stories of the last year the person may take down: their own in any team, including teams they left (marked
    /// so, decision 081), and all of the teams they lead now; newest first, dated in <paramref name="zone"/>, the person's own.
    /// </summary>
    public async Task<AdaptiveCard> ListAsync(string aadObjectId, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var memberOf = (await roles.TeamsWhereAsync(aadObjectId, TeamRole.Staff, cancellationToken)).Select(t => t.TeamId).ToHashSet(StringComparer.Ordinal);
        var leads = (await roles.TeamsWhereAsync(aadObjectId, TeamRole.Leader, cancellationToken)).Select(t => t.TeamId).ToHashSet(StringComparer.Ordinal);
        var found = new Dictionary<string, Story>(StringComparer.Ordinal);
        foreach (var story in await stories.ListByAuthorAsync(aadObjectId, now - Listed, now.AddTicks(1), cancellationToken))
        {
            found[story.StoryId] = story;
        }

        // The teams the person is in are read too: on Azure Tables a story stored before decision 081 has no author row.
        foreach (var team in memberOf)
        {
            var listed = await stories.ListForTeamAsync(team, now - Listed, now.AddTicks(1), cancellationToken);
            foreach (var story in listed.Where(s => leads.Contains(team) || IsAuthor(s, aadObjectId)))
            {
                found.TryAdd(story.StoryId, story);
            }
        }

        var newest = found.Values.OrderByDescending(s => s.PostedAt).ThenBy(s => s.StoryId, StringComparer.Ordinal).Take(10);
        return StoryTakeDownCards.Mine([.. newest.Select(s => new ListedStory(s, LeftTeam: !memberOf.Contains(s.TeamId)))], zone);
    }

    private async Task<bool> MayTakeDownAsync(Story story, string aadObjectId, CancellationToken cancellationToken) =>
        IsAuthor(story, aadObjectId) || await roles.RoleOfAsync(story.TeamId, aadObjectId, cancellationToken) == TeamRole.Leader;

    private static bool IsAuthor(Story story, string aadObjectId) =>
        story.AuthorAadObjectId.Length > 0 && string.Equals(story.AuthorAadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase);
}
