using System.Text.Json;
using OutcomesBot.Bot.Protocol.Activities;

namespace OutcomesBot.Bot.Tests.Support;

/// <summary>One call the bot made to the connector: send, reply or update, with the activity it carried.</summary>
public sealed record SentActivity(string Operation, string ConversationId, string? TargetId, Activity Activity)
{
    /// <summary>The Adaptive Card attached to the activity, or null.</summary>
    public JsonElement? Card => Activity.Attachments?.FirstOrDefault(a => a.ContentType == Attachment.AdaptiveCardContentType)?.Content;

    /// <summary>All TextBlock texts of the card, joined by new lines: what a person reads.</summary>
    public string CardText => Card is { } card ? string.Join('\n', CardTexts.Of(card)) : string.Empty;
}
