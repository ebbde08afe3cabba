namespace OutcomesBot.Cards.Model;

/// <summary>One row of a <see cref="Table"/>.</summary>
public sealed record TableRow(IReadOnlyList<TableCell> Cells)
{
    [JsonPropertyName("type")]
    public string Type { get; } = "TableRow";

    public string? Style { get; init; }

    /// <summary>A row of plain text cells.</summary>
    public static TableRow OfText(params string[] texts) =>
        new(texts.Select(text => new TableCell([new TextBlock(text)])).ToList());
}
