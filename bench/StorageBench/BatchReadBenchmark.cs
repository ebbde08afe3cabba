using System.Diagnostics;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.People;

namespace OutcomesBot.StorageBench;

/// <summary>
/// Decision 099: the check-in fan-out's batch reads on Azure Tables (every member's person row and preferences, a hundred
/// people a read, 8 queries each), with <c>Storage:AzureTables:BatchReadConcurrency</c> 1 (the queries one after another,
/// as before 099) and 4 (after), both over the same tables of one Azurite, the order swapped every round so both meet the
/// same load.
/// </summary>
internal static class BatchReadBenchmark
{
    private static readonly int[] Concurrencies = [1, 4];

    public static async Task RunAsync(string azureConnectionString, int members, int rounds, CancellationToken cancellationToken)
    {
        await using var seeded = await BenchBackend.StartAsync("Azure Tables (Azurite)", azureConnectionString, cancellationToken, batchReadConcurrency: 1);
        var seed = Stopwatch.StartNew();
        await CheckInScaleWorld.SeedAsync(seeded, members, cancellationToken);
        await using var together = await BenchBackend.StartAsync(seeded.Name, azureConnectionString, cancellationToken, seeded.TablePrefix, batchReadConcurrency: 4);
        Console.WriteLine($"{seeded.Name}, {members:N0} members, {rounds} rounds; seeded in {seed.Elapsed.TotalSeconds:F1} s");
        var ids = Enumerable.Range(0, members).Select(CheckInScaleWorld.UserId).ToList();
        var backends = new Dictionary<int, BenchBackend> { [1] = seeded, [4] = together };
        var people = Concurrencies.ToDictionary(c => c, _ => new List<double>());
        var preferences = Concurrencies.ToDictionary(c => c, _ => new List<double>());
        for (var round = 0; round < rounds; round++)
        {
            foreach (var concurrency in round % 2 == 0 ? Concurrencies : Concurrencies.Reverse())
            {
                people[concurrency].Add(await TimeAsync(() => PeopleAsync(backends[concurrency], ids, cancellationToken)));
                preferences[concurrency].Add(await TimeAsync(() => PreferencesAsync(backends[concurrency], ids, cancellationToken)));
            }

            Console.Error.WriteLine($"round {round + 1}: people {people[1][^1]:F0} / {people[4][^1]:F0} ms, preferences {preferences[1][^1]:F0} / {preferences[4][^1]:F0} ms");
        }

        Console.WriteLine("| reads, a hundred people a read | queries at once | mean | median | fastest | slowest | each round |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var (name, times) in new[] { ("person rows", people), ("preferences", preferences) })
        {
            foreach (var concurrency in Concurrencies)
            {
                var sorted = times[concurrency].Order().ToList();
                Console.WriteLine($"| {name} ({members:N0}) | {concurrency} | {sorted.Average():N0} ms | {sorted[sorted.Count / 2]:N0} ms | {sorted[0]:N0} ms | {sorted[^1]:N0} ms | {string.Join(", ", times[concurrency].Select(t => t.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)))} |");
            }

            Console.WriteLine($"| {name}: ratio of means, 1 / 4 | | {times[1].Average() / times[4].Average():F2}x | | | | |");
        }
    }

    private static async Task PeopleAsync(BenchBackend backend, List<string> ids, CancellationToken cancellationToken)
    {
        var store = backend.Get<IPersonStore>();
        foreach (var batch in ids.Chunk(100))
        {
            if ((await store.GetManyAsync(batch, cancellationToken)).Count != batch.Length)
            {
                throw new InvalidOperationException("A person of the batch was not read.");
            }
        }
    }

    private static async Task PreferencesAsync(BenchBackend backend, List<string> ids, CancellationToken cancellationToken)
    {
        var store = backend.Get<ICheckInStore>();
        foreach (var batch in ids.Chunk(100))
        {
            await store.GetPreferencesAsync(batch, cancellationToken);
        }
    }

    private static async Task<double> TimeAsync(Func<Task> work)
    {
        var watch = Stopwatch.StartNew();
        await work();
        return watch.Elapsed.TotalMilliseconds;
    }
}
