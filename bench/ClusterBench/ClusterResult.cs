using System.Globalization;

namespace OutcomesBot.ClusterBench;

/// <summary>One run: how long the fan-out took from queueing to the last message, at what share of the limit, what was lost or doubled.</summary>
internal sealed record ClusterResult(
    int Instances, bool Killed, int People, TimeSpan Finished, int BusiestSecond, int Violations, int Lost, int Duplicated, TimeSpan? Recovery, string Load)
{
    public const string Header =
        "| instances | kill | people | time to finish | requests/s (share of limit) | busiest second | 429s | lost | duplicated | recovery after kill | load average |\n" +
        "|---|---|---|---|---|---|---|---|---|---|---|";

    public string Row(int limit)
    {
        var rate = People / Finished.TotalSeconds;
        return string.Create(CultureInfo.InvariantCulture,
            $"| {Instances} | {(Killed ? "drainer killed at a third" : "none")} | {People:N0} | {Finished.TotalSeconds:0.0} s | {rate:0.0} ({rate / limit:P0}) | {BusiestSecond} of {limit} | {Violations} | {Lost} | {Duplicated} | {(Recovery is { } r ? $"{r.TotalSeconds:0.0} s" : "-")} | {Load} |");
    }
}
