namespace OutcomesBot.Cards.Model;

/// <summary>Title-value pairs.</summary>
public sealed record FactSet(IReadOnlyList<Fact> Facts) : CardElement;
