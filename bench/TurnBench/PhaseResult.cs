namespace OutcomesBot.TurnBench;

/// <summary>
/// One phase of one turn against one bot; <see cref="Replies"/> is what the connector saw (message turns only).
/// <see cref="BotCpuSeconds"/> is the bot process's CPU time over the phase, so CPU per answered turn can be compared
/// between the bots even when other work on the machine changes how many turns either gets through; <see cref="BotWrites"/>
/// are its write system calls and bytes over the phase (SQLite's WAL appends, and the answers on the sockets).
/// </summary>
public sealed record PhaseResult(string Bot, string Turn, string Phase, LoadResult Load, ReplyCounts? Replies, double BotCpuSeconds = 0, WriteCounts? BotWrites = null)
{
    /// <summary>Which repeat of the phase this was (1 to <see cref="BenchSettings.Repeat"/>).</summary>
    public int Round { get; init; } = 1;

    /// <summary>The bot's write system calls per answered turn.</summary>
    public double WriteCallsPerTurn => Load.Answered > 0 && BotWrites is { } w ? w.Calls / (double)Load.Answered : 0;

    /// <summary>The bot's kilobytes written (files and sockets) per answered turn.</summary>
    public double WrittenKilobytesPerTurn => Load.Answered > 0 && BotWrites is { } w ? w.Bytes / 1024.0 / Load.Answered : 0;

    /// <summary>The bot's CPU milliseconds per answered turn.</summary>
    public double CpuMillisecondsPerTurn => Load.Answered > 0 ? BotCpuSeconds * 1000 / Load.Answered : 0;

    /// <summary>The load generator's CPU as a share of the machine's cores over the phase.</summary>
    public double GeneratorShare => Load.Seconds > 0 ? Load.GeneratorCpuSeconds / (Load.Seconds * Environment.ProcessorCount) : 0;
}
