using System.Diagnostics;
using System.Globalization;
using OutcomesBot.Bot.Limits;
using OutcomesBot.Dialogs.Support;

namespace OutcomesBot.StorageBench;

/// <summary>
/// The cost of a name look-up's budget in the store (decision 098), on SQLite and Azure Tables (Azurite): a press let
/// through (SQLite: one transaction, a read and an upsert; Azure: a GET and an If-Match PUT, or an insert for a person's
/// first) and a press refused (one read, no write), each timed alone through <see cref="IPressBudgetStore"/>. Each of
/// <c>people</c> people presses 10 times in a minute (let through) and then once more (refused), after 5 such people to
/// warm up; the quantiles of each kind are printed.
/// </summary>
internal static class PressBudgetBenchmark
{
    public static async Task RunAsync(string? azureConnectionString, int people, CancellationToken cancellationToken)
    {
        Console.WriteLine($"Name look-up budget in the store: {people} people, 10 presses let through and 1 refused each, after 5 to warm up");
        Console.WriteLine("| backend | press | n | min | p50 | p90 | max |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var connection in new[] { null, azureConnectionString })
        {
            await using var backend = await BenchBackend.StartAsync(connection is null ? "SQLite" : "Azure Tables (Azurite)", connection, cancellationToken);
            var store = backend.Get<IPressBudgetStore>();
            var (first, through, refused) = (new List<double>(), new List<double>(), new List<double>());
            var start = new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);
            for (var person = -5; person < people; person++)
            {
                var key = "bench-person-" + person.ToString("D5", CultureInfo.InvariantCulture);
                for (var press = 0; press <= NamePressLimit.MaxLookUps; press++)
                {
                    var clock = Stopwatch.StartNew();
                    var result = await store.TryPressAsync(key, NamePressLimit.Budgets, start.AddSeconds(press), cancellationToken);
                    var took = clock.Elapsed.TotalMilliseconds;
                    if (person >= 0)
                    {
                        (press == 0 ? first : result is null ? through : refused).Add(took);
                    }
                }
            }

            Row(backend.Name, "first of a person (insert)", first);
            Row(backend.Name, "let through (read, replace)", through);
            Row(backend.Name, "refused (read only)", refused);
        }
    }

    private static void Row(string backend, string press, List<double> timings)
    {
        timings.Sort();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| {backend} | {press} | {timings.Count} | {timings[0]:0.0} ms | {At(timings, 0.5):0.0} ms | {At(timings, 0.9):0.0} ms | {timings[^1]:0.0} ms |"));
    }

    private static double At(List<double> sorted, double quantile) => sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(quantile * sorted.Count))];
}
