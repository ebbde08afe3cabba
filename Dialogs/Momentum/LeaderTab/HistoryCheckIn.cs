namespace OutcomesBot.Dialogs.Momentum.LeaderTab;

/// <summary>One of the person's own check-ins on their history page: numbers only (what they wrote stays in "my data").</summary>
public sealed record HistoryCheckIn(DateTimeOffset AnsweredAt, int Confidence, int? ReadinessIndex, bool AskedForSupport);
