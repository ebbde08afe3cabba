namespace OutcomesBot.Bot.Protocol.Activities;

/// <summary>An attachment; for Adaptive Cards the content type is <see cref="AdaptiveCardContentType"/>.</summary>
public sealed record Attachment : WireRecord
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public string? ContentType { get; init; }
    public JsonElement? Content { get; init; }
    public string? ContentUrl { get; init; }
    public string? Name { get; init; }

    /// <summary>An Adaptive Card attachment carrying <paramref name="card"/> (the card's JSON).</summary>
    public static Attachment AdaptiveCard(JsonElement card) => new() { ContentType = AdaptiveCardContentType, Content = card };
}
