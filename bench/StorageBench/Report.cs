using System.Globalization;

namespace OutcomesBot.StorageBench;

/// <summary>Prints the results as the markdown tables docs/performance.md keeps.</summary>
internal static class Report
{
    public static void Print(
        (string Backend, IReadOnlyList<(string Operation, double PerSecond)> Writes, MomentumResult Momentum) sqlite,
        (string Backend, IReadOnlyList<(string Operation, double PerSecond)> Writes, MomentumResult Momentum) azure,
        int teams, int weeks, int writes, int parallel)
    {
        Console.WriteLine($"Writes ({writes} per operation):");
        Console.WriteLine();
        Console.WriteLine("| operation | SQLite writes/s | Azurite writes/s | SQLite / Azurite |");
        Console.WriteLine("|---|---|---|---|");
        for (var index = 0; index < sqlite.Writes.Count; index++)
        {
            var (operation, sqliteRate) = sqlite.Writes[index];
            var azureRate = azure.Writes[index].PerSecond;
            Console.WriteLine($"| {operation} | {F(sqliteRate)} | {F(azureRate)} | {F(sqliteRate / azureRate, "0.0")} |");
        }

        Console.WriteLine();
        Console.WriteLine($"Momentum through IMomentumStore: {teams} teams x {weeks} weeks seeded by {parallel} writers, then the last 12 weeks per team ({parallel} in parallel for the parallel column):");
        Console.WriteLine();
        Console.WriteLine("| backend | seed upserts/s | all teams one by one (ms) | all teams in parallel (ms) | one read p50 (ms) | one read p95 (ms) |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var (backend, _, m) in new[] { sqlite, azure })
        {
            Console.WriteLine($"| {backend} | {F(m.SeedUpsertsPerSecond)} | {F(m.AllTeamsSequentialMs)} | {F(m.AllTeamsParallelMs)} | {F(m.ReadP50Ms, "0.00")} | {F(m.ReadP95Ms, "0.00")} |");
        }

        Console.WriteLine();
        Console.WriteLine($"Ratio Azurite / SQLite, one read p50: {F(azure.Momentum.ReadP50Ms / sqlite.Momentum.ReadP50Ms, "0.0")}; all teams one by one: "
            + $"{F(azure.Momentum.AllTeamsSequentialMs / sqlite.Momentum.AllTeamsSequentialMs, "0.0")}; all teams in parallel: "
            + $"{F(azure.Momentum.AllTeamsParallelMs / sqlite.Momentum.AllTeamsParallelMs, "0.0")}; seed upserts/s SQLite / Azurite: "
            + $"{F(sqlite.Momentum.SeedUpsertsPerSecond / azure.Momentum.SeedUpsertsPerSecond, "0.0")}");
    }

    private static string F(double value, string format = "#,0") => value.ToString(format, CultureInfo.InvariantCulture);
}
