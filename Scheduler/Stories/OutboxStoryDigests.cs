using OutcomesBot.Dialogs.Stories;

namespace OutcomesBot.Scheduler.Stories;

/// <summary>
/// Finds the digests that carried a story by the story ids recorded with each digest, and rebuilds their cards from the
/// stories still stored: the channel message a sent one became (decision 077). A queued one is built as it goes (090).
/// </summary>
public sealed class OutboxStoryDigests(IStoryStore stories, IOutboxStore outbox, IChannelPostRemover posts) : IStoryDigests
{
    public async Task<bool> LeaveOutAsync(Story story, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(story);
        var done = true;
        foreach (var digest in await stories.ListDigestsCarryingAsync(story.TeamId, story.StoryId, story.PostedAt, cancellationToken))
        {
            done &= await RebuildAsync(digest, story.StoryId, cancellationToken);
        }

        return done;
    }

    private async Task<bool> RebuildAsync(StoryDigest digest, string leftOut, CancellationToken cancellationToken)
    {
        // Stories taken down before this one, or being taken down now, stay out too.
        var kept = await StoryDigestRefresh.StillUpAsync(stories, digest.StoryIds.Where(id => id != leftOut), cancellationToken);

        // A digest still waiting is built as it goes, without the story (decision 090): its row holds no card to change,
        // but one queued before 090 may, so the name-free form is written over it while it is still Pending.
        var key = OutboxMessage.KeyFor(StoryDigestRunner.CycleOf(digest.TeamId, digest.PeriodEnd), OutboxMessage.ChannelOf(digest.ChannelId), StoryDigestRunner.DigestKind);
        if (kept.Count > 0
                ? await outbox.ReplacePendingCardAsync(key, CardBuiltAtSend.For(StoryDigestRunner.DigestKind), cancellationToken)
                : await outbox.CancelPendingAsync(key, ChannelPostWithdrawal.WithdrawnCode, cancellationToken))
        {
            return true;
        }

        var row = await outbox.FindAsync(key, cancellationToken);
        if (row is { Status: OutboxStatus.Pending or OutboxStatus.Sending })
        {
            return false;
        }

        // A sent digest the channel has lost already (deleted by someone) has nothing left to change.
        if (row is { Status: OutboxStatus.Sent })
        {
            await posts.ReplaceAsync(row, CardJson.Serialize(kept.Count > 0 ? DigestCards.Digest(kept) : DigestCards.TakenDown()), cancellationToken);
        }

        return true;
    }
}
