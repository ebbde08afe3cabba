using OutcomesBot.Dialogs.Exercises.Sharing;
using OutcomesBot.Dialogs.MyData;
using OutcomesBot.Dialogs.Stories;

namespace OutcomesBot.Scheduler.Stories;

/// <summary>
/// Queues a story's card for its channel in the outbox; the delivery engine posts it within Teams' limits and keeps the
/// channel activity id it got (<see cref="OutboxMessage.SentActivityId"/>), which taking the story down deletes.
/// </summary>
public sealed class OutboxStoryPublisher(IOutboxStore outbox, IChannelPostRemover remover, TimeProvider timeProvider) : IStoryPublisher
{
    public const string Kind = "story";

    public Task PublishAsync(Story story, AdaptiveCard card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(story);
        var message = OutboxMessage.ForChannel(CycleOf(story.StoryId), story.ChannelId, null, story.TenantId, Kind, CardJson.Serialize(card), timeProvider.GetUtcNow())
            .WrittenBy(new PersonIdentity("", story.AuthorAadObjectId));
        return outbox.EnqueueAsync([message], cancellationToken);
    }

    public async Task<bool> WasQueuedAsync(Story story, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(story);
        return await outbox.FindAsync(KeyOf(story), cancellationToken) is not null;
    }

    public Task<WithdrawOutcome> WithdrawAsync(Story story, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(story);
        return ChannelPostWithdrawal.WithdrawAsync(outbox, remover, KeyOf(story), CardJson.Serialize(StoryPostCards.TakenDown()), cancellationToken);
    }

    public static string CycleOf(string storyId) => $"story:{storyId}";

    private static string KeyOf(Story story) => OutboxMessage.KeyFor(CycleOf(story.StoryId), OutboxMessage.ChannelOf(story.ChannelId), Kind);
}
