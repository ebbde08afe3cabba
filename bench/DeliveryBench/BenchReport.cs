using System.Globalization;
using System.Text;

namespace OutcomesBot.DeliveryBench;

/// <summary>Both runs, peak memory and, when the naive peer ran, the engine's ratios to it.</summary>
public sealed record BenchReport(BenchSettings Settings, RunResult Engine, RunResult? Naive, long PeakWorkingSetAfterEngine, long PeakWorkingSet, long AllocatedBytes)
{
    /// <summary>Nobody lost, nobody messaged twice, and every outbox row Sent.</summary>
    public bool Correct => Engine.Lost == 0 && Engine.Duplicated == 0 && Engine.OutboxSent == Settings.People;

    public override string ToString()
    {
        var text = new StringBuilder();
        text.AppendLine(Settings.ToString());
        text.AppendLine(Engine.ToString());
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
}
