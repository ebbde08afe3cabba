namespace OutcomesBot.TurnBench;

/// <summary>One phase of one turn against one bot; <see cref="Replies"/> is what the connector saw (message turns only).</summary>
public sealed record PhaseResult(string Bot, string Turn, string Phase, LoadResult Load, ReplyCounts? Replies);
