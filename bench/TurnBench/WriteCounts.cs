namespace OutcomesBot.TurnBench;

/// <summary>Write system calls and bytes a process made over a phase (from /proc/PID/io).</summary>
public sealed record WriteCounts(long Calls, long Bytes);
