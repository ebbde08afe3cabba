using System.Diagnostics;

namespace OutcomesBot.StorageBench;

/// <summary>Seeds teams x weeks of snapshot-shaped rows, then reads every team's last 12 weeks, one team at a time and in parallel.</summary>
internal static class MomentumBenchmark
{
    private static readonly DateTimeOffset FirstWeek = new(2024, 11, 25, 0, 0, 0, TimeSpan.Zero);

    public static async Task<MomentumResult> RunAsync(ISnapshotTable table, int teams, int weeks, int parallel, CancellationToken cancellationToken)
    {
        var seed = Stopwatch.StartNew();
        for (var team = 0; team < teams; team++)
        {
            await table.SeedAsync(Enumerable.Range(0, weeks).Select(week => SnapshotRow.Sample(team, week, FirstWeek)).ToList(), cancellationToken);
        }

        var seedSeconds = seed.Elapsed.TotalSeconds;
        var latencies = new List<double>(teams);
        var sequential = Stopwatch.StartNew();
        for (var team = 0; team < teams; team++)
        {
            var one = Stopwatch.StartNew();
            var rows = await table.LastTwelveAsync(SnapshotRow.Sample(team, 0, FirstWeek).TeamId, cancellationToken);
            latencies.Add(one.Elapsed.TotalMilliseconds);
            Check(rows, weeks);
        }

        var sequentialSeconds = sequential.Elapsed.TotalSeconds;
        var parallelWatch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, teams), new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = cancellationToken },
            async (team, token) => Check(await table.LastTwelveAsync(SnapshotRow.Sample(team, 0, FirstWeek).TeamId, token), weeks));
        latencies.Sort();
        return new MomentumResult(teams * weeks / seedSeconds, sequentialSeconds * 1000, parallelWatch.Elapsed.TotalMilliseconds,
            latencies[latencies.Count / 2], latencies[(int)(latencies.Count * 0.95)]);
    }

    private static void Check(IReadOnlyList<SnapshotRow> rows, int weeks)
    {
        // The newest 12, newest first: a wrong key order would return old weeks and fail here.
        var expected = FirstWeek.AddDays(7 * (weeks - 1));
        if (rows.Count != 12 || rows[0].WeekStart != expected || rows[11].WeekStart != expected.AddDays(-7 * 11))
        {
            throw new InvalidOperationException($"Expected the newest 12 weeks, newest first; got {rows.Count} rows.");
        }
    }
}
