namespace OutcomesBot.Cards.Model;

/// <summary>One title-value pair of a <see cref="FactSet"/>.</summary>
public sealed record Fact(string Title, string Value);
