using OutcomesBot.Cards.Model;

namespace OutcomesBot.Bot.Protocol.Activities;

/// <summary>
/// The body of the HTTP answer to an adaptiveCard/action invoke: a card that replaces the one clicked,
/// a message Teams shows, or an error.
/// </summary>
public sealed record AdaptiveCardInvokeResponse(int StatusCode, string Type, JsonElement Value)
{
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    public static AdaptiveCardInvokeResponse Card(AdaptiveCard card) =>
        new(StatusCodes.Status200OK, AdaptiveCard.ContentType, CardJson.ToElement(card));

    public static AdaptiveCardInvokeResponse Message(string text) =>
        new(StatusCodes.Status200OK, MessageType, JsonSerializer.SerializeToElement(text, ProtocolJson.Options));

    public static AdaptiveCardInvokeResponse Error(int statusCode, string code, string message) =>
        new(statusCode, ErrorType, JsonSerializer.SerializeToElement(new { code, message }, ProtocolJson.Options));
}
