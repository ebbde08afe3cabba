using OutcomesBot.Dialogs.Stories;

namespace OutcomesBot.Scheduler.Stories;

/// <summary>
/// Builds a story digest's card again just before it goes, from the stories it records (decision 081). A take-down marks
/// its story before it looks for digests, so a digest recorded after that look (the runner had read the story just
/// before) is sent without it here; one whose stories are all gone is not sent; an author who deleted their data since
/// is "a colleague" in it (decision 085). A digest recorded before decision 077 (no story ids) goes as queued.
/// </summary>
public sealed class StoryDigestRefresh(IStoryStore stories) : IOutboxCardRefresh
{
    public bool Handles(string kind) => kind == StoryDigestRunner.DigestKind;

    public async Task<string?> CardAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!StoryDigestRunner.TryParseCycle(message.CycleId, out var teamId, out var periodEnd)
            || await stories.GetDigestAsync(teamId, periodEnd, cancellationToken) is not { } digest)
        {
            return message.CardJson;
        }

        // Built again even when every story is still up: an author who deleted their data since it was queued is
        // unlinked from their story, and their name must not go to the channel after that (decision 085).
        var up = await StillUpAsync(stories, digest.StoryIds, cancellationToken);
        return up.Count == 0 ? null : CardJson.Serialize(DigestCards.Digest(up));
    }

    /// <summary>The stories of <paramref name="storyIds"/> still stored and not being taken down, in the given order.</summary>
    public static async Task<IReadOnlyList<Story>> StillUpAsync(IStoryStore stories, IEnumerable<string> storyIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentNullException.ThrowIfNull(storyIds);
        var up = new List<Story>();
        foreach (var storyId in storyIds)
        {
            if (await stories.GetAsync(storyId, cancellationToken) is { TakenDownAt: null } story)
            {
                up.Add(story);
            }
        }

        return up;
    }
}
