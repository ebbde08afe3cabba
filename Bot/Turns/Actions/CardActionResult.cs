using OutcomesBot.Cards.Model;

namespace OutcomesBot.Bot.Turns.Actions;

/// <summary>What a button press leads to: a card that replaces the pressed one, or a short message.</summary>
public sealed record CardActionResult(AdaptiveCard? Card, string? Message)
{
    public static CardActionResult ShowCard(AdaptiveCard card) => new(card, null);

    public static CardActionResult Say(string message) => new(null, message);
}
