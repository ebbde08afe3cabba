namespace OutcomesBot.TurnBench;

/// <summary>
/// One phase of one turn against one bot; <see cref="Replies"/> is what the connector saw (message turns only).
/// <see cref="BotCpuSeconds"/> is the bot process's CPU time over the phase, so CPU per answered turn can be compared
/// between the bots even when other work on the machine changes how many turns either gets through.
/// </summary>
public sealed record PhaseResult(string Bot, string Turn, string Phase, LoadResult Load, ReplyCounts? Replies, double BotCpuSeconds = 0)
{
    /// <summary>The bot's CPU milliseconds per answered turn.</summary>
    public double CpuMillisecondsPerTurn => Load.Answered > 0 ? BotCpuSeconds * 1000 / Load.Answered : 0;

    /// <summary>The load generator's CPU as a share of the machine's cores over the phase.</summary>
    public double GeneratorShare => Load.Seconds > 0 ? Load.GeneratorCpuSeconds / (Load.Seconds * Environment.ProcessorCount) : 0;
}
