using System.Diagnostics;
using OutcomesBot.Dialogs.Momentum;

namespace OutcomesBot.StorageBench;

/// <summary>
/// Seeds teams x weeks of momentum snapshots through the real <see cref="IMomentumStore"/> (several writers, one team
/// each at a time), then reads every team's last 12 weeks as the momentum card does, one team at a time and in parallel.
/// </summary>
internal static class MomentumBenchmark
{
    private const int WeeksShown = 12;
    private static readonly DateTimeOffset FirstWeek = new(2024, 11, 25, 0, 0, 0, TimeSpan.Zero);

    public static async Task<MomentumResult> RunAsync(IMomentumStore store, int teams, int weeks, int parallel, CancellationToken cancellationToken)
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = cancellationToken };
        var seed = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, teams), options, async (team, token) =>
        {
            for (var week = 0; week < weeks; week++)
            {
                await store.UpsertAsync(Snapshot(team, week), token);
            }
        });

        var seedSeconds = seed.Elapsed.TotalSeconds;
        var newest = FirstWeek.AddDays(7 * (weeks - 1));
        var latencies = new List<double>(teams);
        var sequential = Stopwatch.StartNew();
        for (var team = 0; team < teams; team++)
        {
            var one = Stopwatch.StartNew();
            var rows = await LastTwelveAsync(store, team, newest, cancellationToken);
            latencies.Add(one.Elapsed.TotalMilliseconds);
            Check(rows, newest);
        }

        var sequentialSeconds = sequential.Elapsed.TotalSeconds;
        var parallelWatch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, teams), options, async (team, token) => Check(await LastTwelveAsync(store, team, newest, token), newest));
        latencies.Sort();
        return new MomentumResult(teams * weeks / seedSeconds, sequentialSeconds * 1000, parallelWatch.Elapsed.TotalMilliseconds,
            latencies[latencies.Count / 2], latencies[(int)(latencies.Count * 0.95)]);
    }

    /// <summary>The read MomentumDialog makes: the 12 weeks ending with the newest, oldest first.</summary>
    private static Task<IReadOnlyList<MomentumSnapshot>> LastTwelveAsync(IMomentumStore store, int team, DateTimeOffset newest, CancellationToken cancellationToken) =>
        store.ListAsync(TeamId(team), newest.AddDays(-7 * (WeeksShown - 1)), newest.AddDays(7), cancellationToken);

    private static void Check(IReadOnlyList<MomentumSnapshot> rows, DateTimeOffset newest)
    {
        // The newest 12, oldest first: a wrong key order or range would return other weeks and fail here.
        if (rows.Count != WeeksShown || rows[^1].WeekStart != newest || rows[0].WeekStart != newest.AddDays(-7 * (WeeksShown - 1)))
        {
            throw new InvalidOperationException($"Expected the newest {WeeksShown} weeks, oldest first; got {rows.Count} rows.");
        }
    }

    private static string TeamId(int team) => $"19:team-{team}@thread.tacv2";

    /// <summary>A snapshot shaped like a real week, with the averages present only when five or more answered.</summary>
    public static MomentumSnapshot Snapshot(int team, int week)
    {
        var answered = 3 + (week % 7);
        var enough = answered >= 5;
        return new MomentumSnapshot
        {
            TeamId = TeamId(team),
            WeekStart = FirstWeek.AddDays(7 * week),
            Members = 12,
            Answered = answered,
            MinimumAnswers = 5,
            AverageConfidence = enough ? 2.5 + (team % 3 / 2.0) : null,
            ConfidenceChange = enough ? (week % 3) - 1 : null,
            ReadinessIndex = enough ? 40 + (week % 50) : null,
            SupportRequests = enough ? week % 3 : null,
            ExercisesCompleted = week % 4,
            LearningLogEntries = week % 6 / 2,
            ComputedAt = FirstWeek.AddDays(7 * (week + 1)).AddHours(2),
        };
    }
}
