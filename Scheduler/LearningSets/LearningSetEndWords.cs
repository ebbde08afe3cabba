using OutcomesBot.Dialogs.LearningSets;

namespace OutcomesBot.Scheduler.LearningSets;

/// <summary>
/// Where an ended set's summary and line go (decision 086): into the thread of the round it ended after. When that
/// round's post has not gone yet (its firing won the round's write a moment before the end, decision 080, and is still
/// queuing it, or it waits in the outbox), the words are queued held behind it, to the channel and not due for
/// <see cref="HoldLimit"/>; the post's follow-up (<see cref="LearningRoundPostedFollowUp"/>) moves them into its thread
/// and makes them due the moment it is sent. If the post never goes, they go to the channel when the hold runs out.
/// </summary>
public sealed class LearningSetEndWords(IOutboxStore outbox, TimeProvider timeProvider)
{
    /// <summary>Longer than a post's retries take (decision 007), so words held behind a post go with it, not before.</summary>
    public static readonly TimeSpan HoldLimit = LearningSetEndNotice.HoldLimit;

    /// <summary>Queues <paramref name="words"/> (the summary and the end line, channel posts) behind round <paramref name="round"/>'s post.</summary>
    public async Task QueueAsync(LearningSet set, int round, IReadOnlyList<OutboxMessage> words, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(words);
        var now = timeProvider.GetUtcNow();
        var key = PostKey(set, round);
        var post = await outbox.FindAsync(key, cancellationToken);
        if (post is null && set.OpenedRound == round)
        {
            // The firing recorded the round as opened and has not queued its post yet (or stopped before it): the same
            // card under the same key, so whichever of the two queues it first, it is queued once.
            await outbox.EnqueueAsync([LearningRoundRunner.PromptMessage(set, round, now)], cancellationToken);
            post = await outbox.FindAsync(key, cancellationToken);
        }

        if (post is not { Status: OutboxStatus.Pending or OutboxStatus.Sending })
        {
            var root = post is { Status: OutboxStatus.Sent } ? post.SentActivityId : null;
            await outbox.EnqueueAsync([.. words.Select(w => w with { ChannelConversationId = OutboxMessage.ThreadOf(set.ChannelId, root) })], cancellationToken);
            return;
        }

        await outbox.EnqueueAsync([.. words.Select(w => w with { NextAttemptAt = now + HoldLimit })], cancellationToken);

        // The post may have gone between the look above and this queuing, its follow-up finding nothing held yet: look
        // again, now that the words are stored. One of the two looks sees both the post sent and the words held.
        if (await outbox.FindAsync(key, cancellationToken) is { Status: OutboxStatus.Sent } sent)
        {
            await ReleaseAsync(set, round, sent.SentActivityId, cancellationToken);
        }
    }

    /// <summary>Moves the words held behind round <paramref name="round"/>'s post into its thread, due now.</summary>
    public async Task ReleaseAsync(LearningSet set, int round, string? postActivityId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(set);
        var thread = OutboxMessage.ThreadOf(set.ChannelId, postActivityId);
        var now = timeProvider.GetUtcNow();
        var channel = OutboxMessage.ChannelOf(set.ChannelId);
        await outbox.MovePendingAsync(OutboxMessage.KeyFor(LearningRoundRunner.CycleOf(set.SetId, round), channel, LearningRoundRunner.SummaryKind), thread, now, cancellationToken);
        await outbox.MovePendingAsync(OutboxMessage.KeyFor(LearningRoundRunner.EndCycleOf(set.SetId), channel, LearningRoundRunner.EndedKind), thread, now, cancellationToken);
    }

    private static string PostKey(LearningSet set, int round) =>
        OutboxMessage.KeyFor(LearningRoundRunner.CycleOf(set.SetId, round), OutboxMessage.ChannelOf(set.ChannelId), LearningRoundRunner.PromptKind);
}
