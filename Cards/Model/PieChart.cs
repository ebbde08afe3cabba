namespace OutcomesBot.Cards.Model;

/// <summary>Teams' pie chart. Give it a <see cref="CardElement.Fallback"/>.</summary>
public sealed record PieChart(string Title, IReadOnlyList<PieSlice> Data) : CardElement
{
    public string? ColorSet { get; init; }
}
