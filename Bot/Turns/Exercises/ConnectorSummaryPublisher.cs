using OutcomesBot.Bot.Protocol.Activities;
using OutcomesBot.Bot.Protocol.Connector;
using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.Conversations;
using OutcomesBot.Dialogs.Exercises.Sharing;

namespace OutcomesBot.Bot.Turns.Exercises;

/// <summary>Posts a card to a stored conversation through the Bot Connector (a proactive message).</summary>
public sealed class ConnectorSummaryPublisher(IConversationStore conversations, IConnectorClient connector) : ISummaryPublisher
{
    public async Task PublishAsync(string conversationId, AdaptiveCard card, CancellationToken cancellationToken)
    {
        var reference = await conversations.GetAsync(conversationId, cancellationToken)
            ?? throw new InvalidOperationException("The bot has no reference for that conversation.");
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = "msteams",
            ServiceUrl = reference.ServiceUrl,
            From = new ChannelAccount { Id = reference.BotId, Name = reference.BotName },
            Conversation = new ConversationAccount { Id = reference.ConversationId, TenantId = reference.TenantId, IsGroup = true, ConversationType = "channel" },
            Summary = card.FallbackText,
            Attachments = [Attachment.AdaptiveCard(CardJson.ToElement(card))],
        };
        await connector.SendToConversationAsync(reference.ServiceUrl, reference.ConversationId, activity, cancellationToken);
    }
}
