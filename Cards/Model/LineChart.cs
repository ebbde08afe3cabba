namespace OutcomesBot.Cards.Model;

/// <summary>Teams' line chart: one or more series over the same x values. Give it a <see cref="CardElement.Fallback"/>.</summary>
public sealed record LineChart(string Title, IReadOnlyList<LineSeries> Data) : CardElement
{
    public string? XAxisTitle { get; init; }
    public string? YAxisTitle { get; init; }
}
