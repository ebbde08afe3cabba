using OutcomesBot.Dialogs.Stories;

namespace OutcomesBot.Scheduler.Stories;

/// <summary>
/// Builds a story digest's card as it goes, from the stories recorded with it (decisions 081, 090): its outbox row names
/// the team and period only, so a take-down, or an author's delete, has nothing there to change. A story taken down is
/// left out (a take-down marks its story before it looks for digests, so a digest recorded after that look is caught
/// here); a digest whose stories are all gone is not sent; an author who deleted their data is "a colleague" (085). A
/// row queued before 090 is built the same way whatever card it holds; one with no stories recorded (queued before 077)
/// is dropped, and counted in the log.
/// </summary>
public sealed partial class StoryDigestRefresh(IStoryStore stories, ILogger<StoryDigestRefresh> logger) : IOutboxCardRefresh
{
    public bool Handles(string kind) => kind == StoryDigestRunner.DigestKind;

    public OutboxRefreshStage Stage => OutboxRefreshStage.Build;

    public async Task<string?> CardAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!StoryDigestRunner.TryParseCycle(message.CycleId, out var teamId, out var periodEnd)
            || await stories.GetDigestAsync(teamId, periodEnd, cancellationToken) is not { } digest)
        {
            // Which stories it carried is not known, and the previous digest's end is not kept with this one, so the
            // period cannot be read again without risking a story the team already saw or one since taken down.
            LogDroppedWithoutStories(logger, message.OutboxId);
            return null;
        }

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

    [LoggerMessage(EventId = 6407, Level = LogLevel.Warning, Message = "Story digest {OutboxId} dropped unsent: no stories are recorded with it (queued before decision 077)")]
    private static partial void LogDroppedWithoutStories(ILogger logger, string outboxId);
}
