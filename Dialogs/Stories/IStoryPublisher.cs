using OutcomesBot.Cards.Model;

namespace OutcomesBot.Dialogs.Stories;

/// <summary>Puts a story's card in its channel through the delivery engine, once per story.</summary>
public interface IStoryPublisher
{
    /// <summary>Queues the card for the story's channel; repeating it for the same story queues nothing more.</summary>
    Task PublishAsync(Story story, AdaptiveCard card, CancellationToken cancellationToken);
}
