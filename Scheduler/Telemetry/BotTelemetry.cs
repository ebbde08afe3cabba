using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace OutcomesBot.Scheduler.Telemetry;

/// <summary>
/// The bot's traces and metrics: one <see cref="ActivitySource"/> and one <see cref="Meter"/>, both named
/// <see cref="Name"/>. Static, so that recording costs a null check (spans) or an enabled check (instruments) when no
/// exporter listens, which is the default. Tags carry codes and type names only, never what a person wrote, a
/// name or a card value (docs/decisions/021).
/// </summary>
public static class BotTelemetry
{
    public const string Name = "OutcomesBot";

    public static readonly ActivitySource Source = new(Name);

    public static readonly Meter Meter = new(Name);

    public static readonly Counter<long> Turns = Meter.CreateCounter<long>(
        "outcomesbot.turns", "{turn}", "Turns processed, by activity type and outcome.");

    public static readonly Histogram<double> TurnDuration = Meter.CreateHistogram<double>(
        "outcomesbot.turn.duration", "s", "How long a turn took, from the claim of its activity to the response.");

    public static readonly Counter<long> Sends = Meter.CreateCounter<long>(
        "outcomesbot.outbox.sends", "{message}", "Proactive sends recorded by the delivery engine, by result.");

    public static readonly Counter<long> Throttled = Meter.CreateCounter<long>(
        "outcomesbot.connector.throttled", "{response}", "429 Too Many Requests answers from the Bot Connector, by operation.");

    public static readonly Counter<long> JobRuns = Meter.CreateCounter<long>(
        "outcomesbot.jobs.runs", "{run}", "Quartz job runs, by job type.");

    public static readonly Counter<long> JobFailures = Meter.CreateCounter<long>(
        "outcomesbot.jobs.failures", "{run}", "Quartz job runs that ended with an exception, by job type.");

    private static IReadOnlyDictionary<OutboxStatus, int>? _outboxDepth;

    public static readonly ObservableGauge<int> OutboxDepth = Meter.CreateObservableGauge(
        "outcomesbot.outbox.depth", ObserveOutboxDepth, "{message}", "Outbox messages by status, as last sampled.");

    /// <summary>Keeps the latest outbox counts for <see cref="OutboxDepth"/>; statuses missing from the sample count 0.</summary>
    public static void ReportOutboxDepth(IReadOnlyDictionary<OutboxStatus, int> byStatus) =>
        Volatile.Write(ref _outboxDepth, byStatus);

    /// <summary>Counts one recorded send under its result (Sent, RetryAfter, Transient, Blocked, ...).</summary>
    public static void RecordSend(SendResultKind result)
    {
        if (Sends.Enabled)
        {
            Sends.Add(1, new KeyValuePair<string, object?>(TelemetryTags.SendResult, SendResultNames.Of(result)));
        }
    }

    private static IEnumerable<Measurement<int>> ObserveOutboxDepth()
    {
        if (Volatile.Read(ref _outboxDepth) is not { } byStatus)
        {
            yield break;
        }

        foreach (var status in Enum.GetValues<OutboxStatus>())
        {
            yield return new Measurement<int>(
                byStatus.TryGetValue(status, out var count) ? count : 0,
                new KeyValuePair<string, object?>(TelemetryTags.OutboxStatus, OutboxStatusNames.Of(status)));
        }
    }
}
