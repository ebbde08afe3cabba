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

    /// <summary>
    /// <see cref="Text"/> that starts with an @mention of the sender, so that in a busy channel the answer is plainly
    /// theirs (and Teams tells them). Without the sender's id and name it is the plain text.
    /// </summary>
    public static Activity TextToSender(Activity incoming, string text)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        // The mention's text must match the one in the message exactly; a bracket in a display name would end the tag.
        var name = incoming.From?.Name?.Replace("<", "", StringComparison.Ordinal).Replace(">", "", StringComparison.Ordinal).Trim();
        if (incoming.From?.Id is not { Length: > 0 } id || string.IsNullOrEmpty(name))
        {
            return Text(incoming, text);
        }

        var mention = $"<at>{name}</at>";
        return Text(incoming, $"{mention} {text}") with
        {
            Entities = [new Entity { Type = "mention", Text = mention, Mentioned = new ChannelAccount { Id = id, Name = name } }],
        };
    }

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
