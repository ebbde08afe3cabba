namespace OutcomesBot.Dialogs.Momentum.LeaderTab;

/// <summary>One month of the heat map: a <see cref="FigureStatus"/> and, when shown, the mean rating (1 to 5) by condition id.</summary>
public sealed record PulseMonth(string Status, IReadOnlyDictionary<string, double> Means);
