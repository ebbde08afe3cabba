using System.Net;
using System.Text.Json.Nodes;

namespace OutcomesBot.Bot.Tests.EndToEnd;

/// <summary>
/// What POST /_conversation/v1/invoke answered. When the bot answers 2xx the Playground returns 200 with
/// only <c>{ type, value }</c> of the bot's invoke response (its statusCode field is dropped); when the bot
/// answers an error status the Playground returns 502 with <c>innerHttpError: { statusCode, body }</c>.
/// </summary>
public sealed record InvokeResult(HttpStatusCode StatusCode, JsonNode? Body)
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";

    public string? Type => Body?["type"] is JsonValue type ? (string?)type : null;

    public JsonNode? Value => Body?["value"];
}
