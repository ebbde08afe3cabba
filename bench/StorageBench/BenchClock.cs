namespace OutcomesBot.StorageBench;

/// <summary>A clock the benchmark sets: the planner and the fan-out read "now" from it, as the bot's jobs read theirs.</summary>
internal sealed class BenchClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;
}
