using System.Diagnostics;
using OutcomesBot.Scheduler.Telemetry;

namespace OutcomesBot.Bot.Telemetry;

/// <summary>
/// The span and metrics of one turn. <see cref="Start"/> returns null when nothing listens to the bot's source, and
/// the metrics are skipped when no exporter listens, so the turn path pays next to nothing by default.
/// </summary>
internal static class TurnTelemetry
{
    public const string Completed = "completed";
    public const string Duplicate = "duplicate";
    public const string TimedOut = "timeout";
    public const string Failed = "failed";

    /// <param name="activityType">One of the handled activity types (a bounded set, checked before the turn runs).</param>
    /// <param name="timeProvider">The clock that times the turn for the latency histogram.</param>
    public static TurnTrace Start(string? activityType, TimeProvider timeProvider)
    {
        if (!BotTelemetry.Source.HasListeners())
        {
            return new TurnTrace(null, activityType, timeProvider, timeProvider.GetTimestamp());
        }

        // ASP.NET Core makes a request activity that nobody records unless its instrumentation is on (OTLP mode); a
        // parent-based sampler would drop the turn with it, so the turn then starts its own trace.
        var request = Activity.Current;
        if (request is { Recorded: false })
        {
            Activity.Current = null;
        }

        var span = BotTelemetry.Source.StartActivity("turn", ActivityKind.Server);
        if (span is null)
        {
            Activity.Current = request;
        }

        span?.SetTag(TelemetryTags.ActivityType, activityType);
        return new TurnTrace(span, activityType, timeProvider, timeProvider.GetTimestamp());
    }

    /// <summary>Names the handler that took the turn (a type name, or "none"): called by the dispatchers.</summary>
    public static void SetHandler(string handler)
    {
        if (Activity.Current is { Source.Name: BotTelemetry.Name, OperationName: "turn" } span)
        {
            span.SetTag(TelemetryTags.Handler, handler);
        }
    }

    internal static void Stop(Activity? span, string? activityType, string outcome, TimeSpan elapsed)
    {
        if (span is not null)
        {
            span.SetTag(TelemetryTags.Outcome, outcome);
            if (outcome is TimedOut or Failed)
            {
                span.SetStatus(ActivityStatusCode.Error);
            }

            span.Dispose();
        }

        if (BotTelemetry.Turns.Enabled || BotTelemetry.TurnDuration.Enabled)
        {
            var tags = new TagList { { TelemetryTags.ActivityType, activityType }, { TelemetryTags.Outcome, outcome } };
            BotTelemetry.Turns.Add(1, tags);
            BotTelemetry.TurnDuration.Record(elapsed.TotalSeconds, tags);
        }
    }
}
