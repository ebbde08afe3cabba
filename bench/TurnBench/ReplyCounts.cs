namespace OutcomesBot.TurnBench;

/// <summary>What the fake connector saw for one run's message ids: distinct ids replied to, replies, ids with more than one.</summary>
public sealed record ReplyCounts(int Distinct, int Total, int Duplicated);
