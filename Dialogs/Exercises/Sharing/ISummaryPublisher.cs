using OutcomesBot.Cards.Model;

namespace OutcomesBot.Dialogs.Exercises.Sharing;

/// <summary>Posts a card to a conversation the bot knows (a proactive message).</summary>
public interface ISummaryPublisher
{
    /// <summary>Posts <paramref name="card"/> to the conversation; throws if it cannot be delivered.</summary>
    Task PublishAsync(string conversationId, AdaptiveCard card, CancellationToken cancellationToken);
}
