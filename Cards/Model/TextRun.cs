namespace OutcomesBot.Cards.Model;

/// <summary>A run of text inside a <see cref="RichTextBlock"/>.</summary>
public sealed record TextRun(string Text)
{
    [JsonPropertyName("type")]
    public string Type { get; } = "TextRun";

    public string? Weight { get; init; }
    public bool? Italic { get; init; }
    public string? Color { get; init; }
    public bool? IsSubtle { get; init; }
    public bool? Highlight { get; init; }
}
