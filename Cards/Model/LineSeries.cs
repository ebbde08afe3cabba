namespace OutcomesBot.Cards.Model;

/// <summary>One line of a <see cref="LineChart"/>.</summary>
public sealed record LineSeries(string Legend, IReadOnlyList<ChartDatum> Values);
