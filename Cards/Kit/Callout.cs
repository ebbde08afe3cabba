namespace OutcomesBot.Cards.Kit;

/// <summary>One line of text in a tinted box, tinted by what it tells the person.</summary>
public static class Callout
{
    /// <summary>Something is wrong and nothing was done: red.</summary>
    public static Container Problem(string text) => Of(text, "attention");

    /// <summary>Something was done: green.</summary>
    public static Container Done(string text) => Of(text, "good");

    /// <summary>Context to read before the rest: a preview, a who-offers-what line. Grey.</summary>
    public static Container Note(string text) => Of(text, "emphasis");

    /// <summary>A step the person is asked to take next: blue.</summary>
    public static Container Ask(string text) => Of(text, "accent");

    private static Container Of(string text, string style) => new([new TextBlock(text)]) { Style = style };
}
