namespace OutcomesBot.Cards.Model;

/// <summary>Universal Actions refresh: Teams calls the action for the listed users (at most 60) when they view the card.</summary>
public sealed record CardRefresh(ExecuteAction Action, IReadOnlyList<string>? UserIds = null);
