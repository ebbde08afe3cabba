namespace OutcomesBot.Cards.Model;

/// <summary>One bar or slice: a label on the x axis (or legend) and its value.</summary>
public sealed record ChartDatum(string X, double Y);
