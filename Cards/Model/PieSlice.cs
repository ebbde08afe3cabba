namespace OutcomesBot.Cards.Model;

/// <summary>One slice of a <see cref="PieChart"/>.</summary>
public sealed record PieSlice(string Legend, double Value);
