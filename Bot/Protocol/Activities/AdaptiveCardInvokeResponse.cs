using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
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

    // A frozen card (CardJson.Freeze) is the same answer every time it is shown, so the answer's JSON is made once too.
    private static readonly ConditionalWeakTable<AdaptiveCard, AdaptiveCardInvokeResponse> FrozenAnswers = [];

    /// <summary>
    /// This answer as UTF-8 JSON, made once, for the answer of a frozen card; null for any other, which is serialised per
    /// turn. Shared by every turn that shows the card: read it, never write to it.
    /// </summary>
    [JsonIgnore]
    public byte[]? Utf8 { get; private init; }

    public static AdaptiveCardInvokeResponse Card(AdaptiveCard card) =>
        CardJson.IsFrozen(card)
            ? FrozenAnswers.GetValue(card, static frozen => Serialized(new(StatusCodes.Status200OK, AdaptiveCard.ContentType, CardJson.ToElement(frozen))))
            : new(StatusCodes.Status200OK, AdaptiveCard.ContentType, CardJson.ToElement(card));

    private static AdaptiveCardInvokeResponse Serialized(AdaptiveCardInvokeResponse answer) =>
        answer with { Utf8 = JsonSerializer.SerializeToUtf8Bytes(answer, ProtocolJson.Options) };

    /// <summary>
    /// A message Teams shows as a pop-up, in plain text: markdown's bold marks, which the bot's chat replies use, are
    /// dropped here, once for every pop-up, rather than shown as typed.
    /// </summary>
    public static AdaptiveCardInvokeResponse Message(string? text) =>
        new(StatusCodes.Status200OK, MessageType, JsonSerializer.SerializeToElement((text ?? string.Empty).Replace("**", string.Empty, StringComparison.Ordinal), ProtocolJson.Options));

    public static AdaptiveCardInvokeResponse Error(int statusCode, string code, string message) =>
        new(statusCode, ErrorType, JsonSerializer.SerializeToElement(new { code, message }, ProtocolJson.Options));
}
