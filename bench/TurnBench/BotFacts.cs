namespace OutcomesBot.TurnBench;

/// <summary>Start-up and memory of one bot in a run.</summary>
public sealed record BotFacts(string Bot, TimeSpan StartToFirstAnswer, double? PeakRssMebibytes);
