namespace OutcomesBot.Cards.Model;

/// <summary>A block of text; Teams renders a subset of Markdown in it.</summary>
public sealed record TextBlock(string Text) : CardElement
{
    public string? Size { get; init; }
    public string? Weight { get; init; }
    public string? Color { get; init; }
    public bool? IsSubtle { get; init; }
    public bool? Wrap { get; init; } = true;
    public string? Style { get; init; }
    public int? MaxLines { get; init; }
}
