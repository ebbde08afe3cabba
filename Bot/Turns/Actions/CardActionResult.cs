using OutcomesBot.Cards.Model;

namespace OutcomesBot.Bot.Turns.Actions;

/// <summary>What a button press leads to: a card that replaces the pressed one, or a short message.</summary>
public sealed record CardActionResult(AdaptiveCard? Card, string? Message)
{
    /// <summary>True when the answer must not be kept for a redelivery (see <see cref="TurnContext.KeepReplyPrivate"/>).</summary>
    public bool IsPrivate { get; init; }

    /// <summary>A card that holds something only this person may see again by asking again: a link, a draft's highlighted details.</summary>
    public static CardActionResult ShowPrivateCard(AdaptiveCard card) => new(card, null) { IsPrivate = true };

    public static CardActionResult ShowCard(AdaptiveCard card) => new(card, null);

    public static CardActionResult Say(string message) => new(null, message);
}
