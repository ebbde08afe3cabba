namespace OutcomesBot.Cards.Model;

/// <summary>A column's relative width.</summary>
public sealed record TableColumn(int Width = 1);
