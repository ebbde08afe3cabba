using System.Globalization;
using System.Text;

namespace OutcomesBot.DeliveryBench;

/// <summary>Both runs, peak memory and, when the naive peer ran, the engine's ratios to it.</summary>
public sealed record BenchReport(BenchSettings Settings, RunResult Engine, RunResult? Naive, long PeakWorkingSetAfterEngine, long PeakWorkingSet, long AllocatedBytes)
{
    /// <summary>The engine's run with the check-in send-time check, when it ran.</summary>
    public RunResult? EngineChecked { get; init; }

    /// <summary>Nobody lost, nobody messaged twice, and every outbox row Sent (the checked run too: every member passes).</summary>
    public bool Correct => RightFor(Engine) && (EngineChecked is null || RightFor(EngineChecked));

    public override string ToString()
    {
        var text = new StringBuilder();
        text.AppendLine(Settings.ToString());
        text.AppendLine(Engine.ToString());
        if (EngineChecked is { } engineChecked)
        {
            text.AppendLine(engineChecked.ToString());
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"ratios engine+check/engine: deliveredPerSecond={engineChecked.DeliveredPerSecond / Engine.DeliveredPerSecond:F2} seconds={engineChecked.Seconds / Engine.Seconds:F2}"));
        }

        if (Naive is { } naive)
        {
            text.AppendLine(naive.ToString());
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"ratios engine/naive: deliveredPerSecond={Engine.DeliveredPerSecond / naive.DeliveredPerSecond:F2} seconds={Engine.Seconds / naive.Seconds:F2} limit429={Engine.LimitViolations}/{naive.LimitViolations}"));
        }

        const double MB = 1024 * 1024;
        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"peakWorkingSetMB afterEngine={PeakWorkingSetAfterEngine / MB:F0} afterBoth={PeakWorkingSet / MB:F0} allocatedMB={AllocatedBytes / MB:F0} gcGen2={GC.CollectionCount(2)}"));
        text.Append(Correct ? "result: OK (0 lost, 0 duplicated, all Sent)" : "result: FAILED (lost, duplicated or not all Sent)");
        return text.ToString();
    }

    private bool RightFor(RunResult run) => run.Lost == 0 && run.Duplicated == 0 && run.OutboxSent == Settings.People;
}
