namespace OutcomesBot.Cards.Model;

/// <summary>One column of a <see cref="ColumnSet"/>; width is "auto", "stretch" or a weight.</summary>
public sealed record Column(IReadOnlyList<CardElement> Items)
{
    [JsonPropertyName("type")]
    public string Type { get; } = "Column";

    public string? Width { get; init; }

    public string? VerticalContentAlignment { get; init; }
}
