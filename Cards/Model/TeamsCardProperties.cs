namespace OutcomesBot.Cards.Model;

/// <summary>Teams-only card properties.</summary>
public sealed record TeamsCardProperties(string Width = "Full");
