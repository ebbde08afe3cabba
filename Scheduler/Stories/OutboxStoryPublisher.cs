using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.Stories;
using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.Scheduler.Stories;

/// <summary>Queues a story's card for its channel in the outbox; the delivery engine posts it within Teams' limits.</summary>
public sealed class OutboxStoryPublisher(IOutboxStore outbox, TimeProvider timeProvider) : IStoryPublisher
{
    public const string Kind = "story";

    public Task PublishAsync(Story story, AdaptiveCard card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(story);
        var message = OutboxMessage.ForChannel(CycleOf(story.StoryId), story.ChannelId, null, story.TenantId, Kind, CardJson.Serialize(card), timeProvider.GetUtcNow());
        return outbox.EnqueueAsync([message], cancellationToken);
    }

    public static string CycleOf(string storyId) => $"story:{storyId}";
}
