namespace OutcomesBot.Bot.Tests.Protocol.Auth;

/// <summary>A clock that always reads the same instant (timers still run on real time).</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
