namespace OutcomesBot.Cards.Model;

/// <summary>Reveals a nested card under the button.</summary>
public sealed record ShowCardAction(string Title, AdaptiveCard Card) : CardAction(Title);
