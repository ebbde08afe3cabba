using System.Diagnostics;

namespace OutcomesBot.Bot.Telemetry;

/// <summary>One turn being traced: its span (null when nothing listens) and when it started.</summary>
internal readonly record struct TurnTrace(Activity? Span, string? ActivityType, TimeProvider TimeProvider, long Started)
{
    /// <summary>Ends the span with the outcome and records the turn's count and latency.</summary>
    public void Stop(string outcome) => TurnTelemetry.Stop(Span, ActivityType, outcome, TimeProvider.GetElapsedTime(Started));
}
