namespace OutcomesBot.Cards.Kit;

/// <summary>The title at the top of a card, the same size and weight on every card, marked as a heading for screen readers.</summary>
public static class Heading
{
    public static TextBlock Of(string text) => new(text) { Size = "Medium", Weight = "Bolder", Style = "heading" };
}
