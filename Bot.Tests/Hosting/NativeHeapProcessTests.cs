using System.Globalization;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.TurnBench;

namespace OutcomesBot.Bot.Tests.Hosting;

/// <summary>The arena cap in the real bot: its memory map under a burst of turns, against the same bot left to glibc's default.</summary>
[Slow]
public sealed class NativeHeapProcessTests
{
    private const int Turns = 400;
    private const int InParallel = 24;

    // A thread arena other than the main one is a heap of HEAP_MAX_SIZE (64 MiB on 64-bit glibc), aligned to its size:
    // the part in use is read-write and the rest reserved with no access.
    private const long HeapMaxSize = 64L * 1024 * 1024;

    [Fact]
    public async Task Under_a_burst_of_turns_the_bot_holds_fewer_arenas_than_the_same_bot_left_to_glibcs_default()
    {
        var token = TestContext.Current.CancellationToken;
        using var connector = ChildProcess.Start("dotnet", [BenchPaths.BenchDll(BenchPaths.CurrentConfiguration), "connector"]);
        var serviceUrl = (await connector.ListeningAsync(TimeSpan.FromSeconds(60), token)).TrimEnd('/') + "/";

        // MALLOC_ARENA_MAX set by an operator is glibc's own cap, and the bot then leaves it alone: 64 is glibc's
        // default on an eight-core machine, more than this burst has threads.
        var capped = await ArenasAfterBurstAsync(serviceUrl, new Dictionary<string, string>(), token);
        var uncapped = await ArenasAfterBurstAsync(serviceUrl, new Dictionary<string, string> { ["MALLOC_ARENA_MAX"] = "64" }, token);

        TestContext.Current.TestOutputHelper?.WriteLine($"thread arenas after the burst: {capped} capped, {uncapped} with glibc's default");
        Assert.True(capped < uncapped, $"capped {capped}, uncapped {uncapped}");
        // The cap stops new arenas from the first line of Main; the runtime's own threads may have made a few before it.
        Assert.InRange(capped, 0, Math.Max(2, Environment.ProcessorCount) + 6);
    }

    private static async Task<int> ArenasAfterBurstAsync(string serviceUrl, Dictionary<string, string> settings, CancellationToken token)
    {
        using var folder = new TemporaryDirectory("native-heap");
        var data = folder.Combine("data");
        await BenchSeed.OpenCycleAsync(data, people: Turns, token);
        using var bot = await BotUnderTest.StartOursAsync(BenchPaths.BotDll(BenchPaths.CurrentConfiguration), data, serviceUrl, settings, token);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        await Parallel.ForEachAsync(Enumerable.Range(0, Turns), new ParallelOptions { MaxDegreeOfParallelism = InParallel, CancellationToken = token }, async (person, cancellationToken) =>
        {
            var kind = person % 2 == 0 ? TurnKind.CheckIn : TurnKind.Help;
            var id = "heap-" + person.ToString("D4", CultureInfo.InvariantCulture);
            var (status, body) = await bot.SendAsync(http, TurnActivities.Build(kind, serviceUrl, id, person), cancellationToken);
            Assert.Null(LoadGenerator.Check(kind, status, body));
        });

        return ThreadArenas(bot.ProcessId);
    }

    private static int ThreadArenas(int processId)
    {
        var mappings = File.ReadAllLines($"/proc/{processId.ToString(CultureInfo.InvariantCulture)}/maps")
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(parts => (Range: parts[0].Split('-'), Access: parts[1], Anonymous: parts.Length == 5))
            .Select(m => (Start: long.Parse(m.Range[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture), End: long.Parse(m.Range[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture), m.Access, m.Anonymous))
            .ToList();
        var heaps = 0;
        for (var i = 0; i < mappings.Count; i++)
        {
            var (start, end, access, anonymous) = mappings[i];
            if (!anonymous || access != "rw-p" || start % HeapMaxSize != 0)
            {
                continue;
            }

            if (i + 1 < mappings.Count && mappings[i + 1] is { Anonymous: true, Access: "---p" } reserved && reserved.Start == end)
            {
                end = reserved.End;
            }

            heaps += end - start == HeapMaxSize ? 1 : 0;
        }

        return heaps;
    }
}
