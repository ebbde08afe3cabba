using OutcomesBot.Bot.Protocol.Activities;
using OutcomesBot.Cards.Model;

namespace OutcomesBot.Bot.Turns;

/// <summary>Builds outgoing activities addressed back to where an incoming one came from.</summary>
public static class Replies
{
    public static Activity Text(Activity incoming, string text) => Base(incoming) with
    {
        Text = text,
        TextFormat = "markdown",
    };

    public static Activity Card(Activity incoming, AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return Base(incoming) with
        {
            Summary = card.FallbackText,
            Attachments = [Attachment.AdaptiveCard(CardJson.ToElement(card))],
        };
    }

    private static Activity Base(Activity incoming)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        return new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = incoming.ChannelId,
            ServiceUrl = incoming.ServiceUrl,
            From = incoming.Recipient,
            Recipient = incoming.From,
            Conversation = incoming.Conversation,
            ReplyToId = incoming.Type == ActivityTypes.Message ? incoming.Id : null,
            Locale = incoming.Locale,
        };
    }
}
