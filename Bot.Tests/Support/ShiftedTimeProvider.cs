namespace OutcomesBot.Bot.Tests.Support;

/// <summary>
/// The real clock moved by a fixed offset: a host started with it behaves as if it had been down until then.
/// Timers run on real time, so a scheduler's loop keeps turning without a test advancing anything.
/// </summary>
public sealed class ShiftedTimeProvider(TimeSpan offset) : TimeProvider
{
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override DateTimeOffset GetUtcNow() => TimeProvider.System.GetUtcNow() + offset;
}
