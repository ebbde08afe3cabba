namespace OutcomesBot.Cards.Model;

/// <summary>A table (schema 1.5); the first row is a header row when <see cref="FirstRowAsHeader"/> is set.</summary>
public sealed record Table(IReadOnlyList<TableColumn> Columns, IReadOnlyList<TableRow> Rows) : CardElement
{
    public bool? FirstRowAsHeader { get; init; } = true;
    public bool? ShowGridLines { get; init; } = true;
    public string? GridStyle { get; init; }
}
