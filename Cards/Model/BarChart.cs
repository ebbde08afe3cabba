namespace OutcomesBot.Cards.Model;

/// <summary>Teams' vertical bar chart. Give it a <see cref="CardElement.Fallback"/> (a Table or FactSet).</summary>
public sealed record BarChart(string Title, IReadOnlyList<ChartDatum> Data) : CardElement
{
    public string? XAxisTitle { get; init; }
    public string? YAxisTitle { get; init; }
    public string? ColorSet { get; init; }
}
