namespace OutcomesBot.Cards.Model;

/// <summary>One option of a <see cref="ChoiceSetInput"/>: what the person reads, and the value sent back.</summary>
public sealed record Choice(string Title, string Value);
