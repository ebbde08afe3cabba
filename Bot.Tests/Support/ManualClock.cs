namespace OutcomesBot.Bot.Tests.Support;

/// <summary>A TimeProvider whose current time the test sets and advances.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
