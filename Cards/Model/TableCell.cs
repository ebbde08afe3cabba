namespace OutcomesBot.Cards.Model;

/// <summary>One cell of a <see cref="TableRow"/>.</summary>
public sealed record TableCell(IReadOnlyList<CardElement> Items)
{
    [JsonPropertyName("type")]
    public string Type { get; } = "TableCell";

    public string? Style { get; init; }
}
