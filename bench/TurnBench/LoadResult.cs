namespace OutcomesBot.TurnBench;

/// <summary>
/// One load phase as the generator saw it. Latencies are in milliseconds; at an offered rate they are measured from
/// the moment each request was due, so a bot that falls behind is charged for the queue it builds.
/// <see cref="GeneratorCpuSeconds"/> is the generator's own CPU time over the phase: on a machine whose cores it shares with
/// the bot, it shows whether the generator, not the bot, was the limit.
/// </summary>
public sealed record LoadResult(
    string Phase,
    int Sent,
    int Answered,
    int Failed,
    double Seconds,
    double PerSecond,
    double P50,
    double P90,
    double P99,
    double Max,
    string? FirstFailure,
    double GeneratorCpuSeconds = 0)
{
    public static LoadResult From(string phase, int sent, IReadOnlyList<double> latencies, int failed, double seconds, string? firstFailure, double generatorCpuSeconds)
    {
        var sorted = latencies.Order().ToArray();
        return new LoadResult(phase, sent, sorted.Length, failed, seconds, seconds > 0 ? sorted.Length / seconds : 0,
            Percentile(sorted, 0.50), Percentile(sorted, 0.90), Percentile(sorted, 0.99), sorted.Length > 0 ? sorted[^1] : 0, firstFailure,
            generatorCpuSeconds);
    }

    private static double Percentile(double[] sorted, double quantile) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)];
}
