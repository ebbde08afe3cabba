namespace OutcomesBot.Cards.Model;

/// <summary>Groups elements, optionally with a style (emphasis, good, attention, warning, accent).</summary>
public sealed record Container(IReadOnlyList<CardElement> Items) : CardElement
{
    public string? Style { get; init; }
    public bool? Bleed { get; init; }
    public CardAction? SelectAction { get; init; }
}
