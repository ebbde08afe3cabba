using System.Globalization;
using System.Text;

namespace OutcomesBot.TurnBench;

/// <summary>Everything one run measured, printed as the tables of docs/performance.md, with the ratios of our bot to the peer.</summary>
public sealed class TurnBenchReport(BenchSettings settings)
{
    private const string Ours = "OutcomesBot";
    private const string Peer = "botbuilder-js";

    public BenchSettings Settings { get; } = settings;

    public List<PhaseResult> Phases { get; } = [];

    public List<SoakMinute> Soak { get; } = [];

    public List<BotFacts> Bots { get; } = [];

    public string OurRecentOutput { get; set; } = string.Empty;

    /// <summary>What is wrong with the answers, whatever the timing: unanswered or failed turns, a message without exactly one reply.</summary>
    public IReadOnlyList<string> Problems =>
    [
        .. Phases.SelectMany(ProblemsOf),
        .. Soak.Where(minute => minute.Load.Failed > 0).Select(minute => $"soak minute {minute.Minute}: {minute.Load.Failed} failed ({minute.Load.FirstFailure})"),
    ];

    public static string Line(PhaseResult phase)
    {
        ArgumentNullException.ThrowIfNull(phase);
        var load = phase.Load;
        var replies = phase.Replies is { } r ? $", replies {r.Distinct} ids / {r.Total} total / {r.Duplicated} dup" : string.Empty;
        return F($"{phase.Bot,-13} {phase.Turn,-8} {phase.Phase,-10} sent {load.Sent,6} ok {load.Answered,6} failed {load.Failed,4} {load.PerSecond,8:F1}/s p50 {load.P50,7:F1} p90 {load.P90,7:F1} p99 {load.P99,7:F1} max {load.Max,7:F1} ms, bot CPU {phase.CpuMillisecondsPerTurn:F2} ms/turn, {phase.WriteCallsPerTurn:F1} writes {phase.WrittenKilobytesPerTurn:F1} KB/turn, generator {phase.GeneratorShare:P0} of {Environment.ProcessorCount} cores{replies}");
    }

    public static string Line(SoakMinute minute)
    {
        ArgumentNullException.ThrowIfNull(minute);
        var load = minute.Load;
        return F($"soak minute {minute.Minute,2}: {load.PerSecond,6:F1}/s ok {load.Answered} failed {load.Failed} p50 {load.P50:F1} p90 {load.P90:F1} p99 {load.P99:F1} max {load.Max:F1} ms; dedup rows {minute.DedupRows}, stored replies {minute.StoredReplies}, RSS peak {minute.RssMebibytes:F0} MiB");
    }

    /// <summary>
    /// Each figure is the median over the repeats of its phase, with the lowest and highest in brackets; the ratios are of
    /// the medians.
    /// </summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.AppendLine(F($"Medians of {Settings.Repeat} repeats (min–max in brackets); ratios of the medians."));
        text.AppendLine("| turn | phase | OutcomesBot turns/s | p50 / p90 / p99 ms | botbuilder-js turns/s | p50 / p90 / p99 ms | ratio (turns/s) | ratio (p99, peer/ours) |");
        text.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var group in Phases.GroupBy(phase => (phase.Turn, phase.Phase)))
        {
            var ours = group.Where(phase => phase.Bot == Ours).ToList();
            var peer = group.Where(phase => phase.Bot == Peer).ToList();
            text.AppendLine(F($"| {group.Key.Turn} | {group.Key.Phase} | {Rate(ours)} | {Latency(ours)} | {Rate(peer)} | {Latency(peer)} | {Ratio(Median(ours, p => p.Load.PerSecond), Median(peer, p => p.Load.PerSecond))} | {Ratio(Median(peer, p => p.Load.P99), Median(ours, p => p.Load.P99))} |"));
        }

        text.AppendLine().AppendLine("| turn | phase | OutcomesBot CPU ms/turn | botbuilder-js CPU ms/turn | ratio (CPU, peer/ours) | OutcomesBot writes, KB /turn | botbuilder-js writes, KB /turn | load generator CPU share, OutcomesBot / botbuilder-js runs |");
        text.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var group in Phases.GroupBy(phase => (phase.Turn, phase.Phase)))
        {
            var ours = group.Where(phase => phase.Bot == Ours).ToList();
            var peer = group.Where(phase => phase.Bot == Peer).ToList();
            text.AppendLine(F($"| {group.Key.Turn} | {group.Key.Phase} | {Cpu(ours)} | {Cpu(peer)} | {Ratio(Median(peer, p => p.CpuMillisecondsPerTurn), Median(ours, p => p.CpuMillisecondsPerTurn))} | {Writes(ours)} | {Writes(peer)} | {Share(ours)} / {Share(peer)} |"));
        }

        if (Soak.Count > 0)
        {
            text.AppendLine().AppendLine("| soak minute | turns/s | answered | failed | p50 / p90 / p99 / max ms | dedup rows | stored replies | bot peak RSS MiB |");
            text.AppendLine("|---|---|---|---|---|---|---|---|");
            foreach (var minute in Soak)
            {
                var load = minute.Load;
                text.AppendLine(F($"| {minute.Minute} | {load.PerSecond:F1} | {load.Answered} | {load.Failed} | {Latency(load)} / {load.Max:F1} | {minute.DedupRows} | {minute.StoredReplies} | {minute.RssMebibytes:F0} |"));
            }
        }

        text.AppendLine().AppendLine("| bot | start to first answer | peak RSS |").AppendLine("|---|---|---|");
        foreach (var bot in Bots)
        {
            text.AppendLine(F($"| {bot.Bot} | {bot.StartToFirstAnswer.TotalMilliseconds:F0} ms | {bot.PeakRssMebibytes:F0} MiB ({bot.PeakRssMebibytes * 1.048576:F0} MB) |"));
        }

        var problems = Problems;
        text.AppendLine().AppendLine(problems.Count == 0 ? "Correctness: every turn answered; every help message got exactly one reply at the connector."
            : "PROBLEMS:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
        return text.ToString();
    }

    private IEnumerable<string> ProblemsOf(PhaseResult phase)
    {
        var load = phase.Load;
        var where = $"{phase.Bot} {phase.Turn} {phase.Phase}";
        if (load.Failed > 0 || load.Answered != load.Sent)
        {
            yield return $"{where}: {load.Answered} of {load.Sent} answered, {load.Failed} failed (first: {load.FirstFailure})";
        }

        if (Settings.SmokeTurns > 0 && load.Sent != Settings.SmokeTurns)
        {
            yield return $"{where}: {load.Sent} sent instead of {Settings.SmokeTurns}";
        }

        if (phase.Replies is { } replies && (replies.Distinct != load.Sent || replies.Total != load.Sent || replies.Duplicated > 0))
        {
            yield return $"{where}: {load.Sent} messages but the connector got replies to {replies.Distinct} of them, {replies.Total} in all, {replies.Duplicated} twice or more";
        }
    }

    private static double? Median(List<PhaseResult> repeats, Func<PhaseResult, double> figure) => Spread.Of(repeats, figure)?.Median;

    private static string Cpu(List<PhaseResult> repeats) => Spread.Of(repeats, p => p.CpuMillisecondsPerTurn)?.Text("F2") ?? "–";

    private static string Writes(List<PhaseResult> repeats) => repeats.Count == 0 ? "–"
        : F($"{Median(repeats, p => p.WriteCallsPerTurn):F1}, {Median(repeats, p => p.WrittenKilobytesPerTurn):F1}");

    private static string Share(List<PhaseResult> repeats) => repeats.Count == 0 ? "–" : F($"{Median(repeats, p => p.GeneratorShare):P0}");

    private static string Rate(List<PhaseResult> repeats) => Spread.Of(repeats, p => p.Load.PerSecond)?.Text("F1") ?? "–";

    // p50 and p90 as medians; the p99, which a few slow requests decide, with its spread.
    private static string Latency(List<PhaseResult> repeats) => repeats.Count == 0 ? "–"
        : F($"{Median(repeats, p => p.Load.P50):F1} / {Median(repeats, p => p.Load.P90):F1} / {Spread.Of(repeats, p => p.Load.P99)!.Text("F1")}");

    private static string Latency(LoadResult load) => F($"{load.P50:F1} / {load.P90:F1} / {load.P99:F1}");

    private static string Ratio(double? numerator, double? denominator) =>
        numerator is { } n && denominator is > 0 ? F($"{n / denominator.Value:F2}×") : "–";

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
