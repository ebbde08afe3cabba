using OutcomesBot.Dialogs.Exercises.Sharing;

namespace OutcomesBot.Dialogs.Stories;

/// <summary>
/// Taking a posted story down. The person is the sender of the press; the story id from the card is only a name: the
/// stored story says who wrote it and in which team, and only its author (in the team or not: their own words, decision
/// 081) or a leader of that team may take it down. The story is marked first, so that no digest built or sent from then
/// on carries it (081); a post still waiting in the outbox is cancelled; a sent one is deleted from the channel; every
/// digest that carried it is rebuilt without it (decision 077); then the story is removed. A take-down the person was
/// told to press again for, and never did, is finished by a job with the same steps (decision 087).
/// </summary>
public sealed class StoryTakeDown(IStoryStore stories, IStoryAuthorIndex authorIndex, IStoryPublisher publisher, IStoryDigests digests, TeamRoles roles, TimeProvider timeProvider)
{
    /// <summary>How far back <c>my stories</c> looks.</summary>
    public static readonly TimeSpan Listed = TimeSpan.FromDays(365);

    /// <summary>How long a take-down marked and left waits for its person to press again before the job finishes it.</summary>
    public static readonly TimeSpan FinishedWithoutThemAfter = TimeSpan.FromMinutes(10);

    /// <summary>How often the job that finishes them runs, so a take-down left half-way is done within the sum of the two.</summary>
    public static readonly TimeSpan FinishLeftEvery = TimeSpan.FromMinutes(5);

    private const int MaxStoryIdLength = 64;
    private const int LeftPerRun = 50;

    /// <summary>
    /// The question a row of <c>my stories</c> asks before a take-down (decision 106): one tap in a list of stories on a
    /// phone must not remove one. The story and the presser's right to take it down are checked as the take-down checks
    /// them, so the question names no story the presser could not take down.
    /// </summary>
    public async Task<AdaptiveCard> AskAsync(string? storyId, string aadObjectId, CancellationToken cancellationToken) =>
        await MayTakeDownAsync(storyId, aadObjectId, cancellationToken) switch
        {
            (null, _) => FullWidthCard.Saying(StoryTakeDownCards.GoneText),
            (_, false) => FullWidthCard.Saying(StoryTakeDownCards.NotAllowedText),
            ({ } story, true) => StoryTakeDownCards.Confirm(story),
        };

    public async Task<AdaptiveCard> TakeDownAsync(string? storyId, string aadObjectId, CancellationToken cancellationToken)
    {
        var (story, allowed) = await MayTakeDownAsync(storyId, aadObjectId, cancellationToken);
        if (story is null)
        {
            return FullWidthCard.Saying(StoryTakeDownCards.GoneText);
        }

        if (!allowed)
        {
            return FullWidthCard.Saying(StoryTakeDownCards.NotAllowedText);
        }

        // Marked before the digests are looked at: a digest recorded after this look leaves the story out when it is sent.
        await stories.MarkTakenDownAsync(story.StoryId, timeProvider.GetUtcNow(), cancellationToken);

        return StoryTakeDownCards.Result(await FinishAsync(story, cancellationToken), story);
    }

    /// <summary>
    /// Finishes the take-downs that were marked more than <see cref="FinishedWithoutThemAfter"/> ago and left there (the
    /// person was told to press again and did not, decision 087), with the same steps as the press; returns how many
    /// finished. One still being sent stays marked for the next run.
    /// </summary>
    public async Task<int> FinishLeftAsync(CancellationToken cancellationToken)
    {
        var finished = 0;
        foreach (var story in await stories.ListLeftMarkedAsync(timeProvider.GetUtcNow() - FinishedWithoutThemAfter, LeftPerRun, cancellationToken))
        {
            finished += await FinishAsync(story, cancellationToken) == WithdrawOutcome.InFlight ? 0 : 1;
        }

        return finished;
    }

    // The steps after the mark, the same for the press and for the job: every digest first (one being sent right now
    // cannot be changed until it has gone), then the post, then the story.
    private async Task<WithdrawOutcome> FinishAsync(Story story, CancellationToken cancellationToken)
    {
        if (!await digests.LeaveOutAsync(story, cancellationToken))
        {
            return WithdrawOutcome.InFlight;
        }

        var outcome = await publisher.WithdrawAsync(story, cancellationToken);
        if (outcome != WithdrawOutcome.InFlight)
        {
            // Removed, stopped, or never queued (a failed post): nothing of it is in the channel, so the story goes too.
            await stories.RemoveAsync(story.StoryId, cancellationToken);
        }

        return outcome;
    }

    /// <summary>
    /// The stories of the last year the person may take down: their own in any team, including teams they left (marked
    /// so, decision 081), and all of the teams they lead now; newest first, dated in <paramref name="zone"/>, the person's own.
    /// </summary>
    public async Task<AdaptiveCard> ListAsync(string aadObjectId, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        // One read of the person's memberships for both: the teams they are in, and those they lead.
        var teamsWithRoles = await roles.TeamsWithRolesAsync(aadObjectId, cancellationToken);
        var memberOf = teamsWithRoles.Select(t => t.Team.TeamId).ToHashSet(StringComparer.Ordinal);
        var leads = teamsWithRoles.Where(t => t.Role >= TeamRole.Leader).Select(t => t.Team.TeamId).ToHashSet(StringComparer.Ordinal);
        var found = new Dictionary<string, Story>(StringComparer.Ordinal);
        foreach (var story in await stories.ListByAuthorAsync(aadObjectId, now - Listed, now.AddTicks(1), cancellationToken))
        {
            found[story.StoryId] = story;
        }

        // The teams they lead are read for everyone's stories. Until the author index holds every story (on Azure Tables,
        // until 087's back-fill has run), every team they are in is read too: a story stored before 081 had no author row.
        var teamsRead = await authorIndex.IsWholeAsync(cancellationToken) ? leads : memberOf;
        foreach (var team in teamsRead)
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

    // The story a button names (null when gone or the id is no id) and whether the presser may take it down.
    private async Task<(Story? Story, bool Allowed)> MayTakeDownAsync(string? storyId, string aadObjectId, CancellationToken cancellationToken)
    {
        var story = storyId is { Length: > 0 and <= MaxStoryIdLength } ? await stories.GetAsync(storyId, cancellationToken) : null;
        return story is null ? (null, false) : (story, await MayTakeDownAsync(story, aadObjectId, cancellationToken));
    }

    private async Task<bool> MayTakeDownAsync(Story story, string aadObjectId, CancellationToken cancellationToken) =>
        IsAuthor(story, aadObjectId) || await roles.RoleOfAsync(story.TeamId, aadObjectId, cancellationToken) == TeamRole.Leader;

    private static bool IsAuthor(Story story, string aadObjectId) =>
        story.AuthorAadObjectId.Length > 0 && string.Equals(story.AuthorAadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase);
}
