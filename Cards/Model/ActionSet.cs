namespace OutcomesBot.Cards.Model;

/// <summary>Buttons placed inside the body.</summary>
public sealed record ActionSet(IReadOnlyList<CardAction> Actions) : CardElement;
