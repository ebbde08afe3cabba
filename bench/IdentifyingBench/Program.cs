using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using OutcomesBot.Dialogs.Stories.Identifying;
using OutcomesBot.IdentifyingBench;

// The identifying-details check on worst-case texts: each regex alone, then the whole scan, at doubling sizes, the
// best of a few runs each (BENCH_RUNS, BENCH_CHARS below). Linear growth shows as a time that doubles with the size. The last table runs the
// backtracking TitledName regex the check used before (docs/decisions/019) on the same inputs. Results: docs/performance.md.
int[] sizes = [12_500, 25_000, 50_000, 100_000, 200_000];
var runs = Setting("BENCH_RUNS", 3);
var invariant = CultureInfo.InvariantCulture;

Console.WriteLine($"| regex | {string.Join(" | ", sizes.Select(size => size.ToString("N0", invariant) + " chars"))} | 200k / 12.5k |");
Console.WriteLine($"|---|{string.Concat(sizes.Select(_ => "---:|"))}---:|");
foreach (var pattern in IdentifyingPatterns.All)
{
    Row(pattern.Name, text => IdentifyingDetails.Scan(text, [pattern]), WorstCases.ByPattern[pattern.Name]);
}

Row("whole scan on \"Mr A\" + letters + \"1\"", text => IdentifyingDetails.Scan(text, IdentifyingPatterns.All), WorstCases.TitledName);

// The regex as it was, on the backtracking engine, with no timeout: quadratic, so only the smaller sizes, scanned once each.
Environment.SetEnvironmentVariable("BENCH_CHARS", "1");
var before = new Regex(@"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z][a-z]*(?:'[A-Z])?[A-Za-z]+(?:-[A-Z][a-z]+)?\b", RegexOptions.CultureInvariant | RegexOptions.Compiled);
sizes = [1_000, 2_000, 4_000, 8_000, 16_000];
Console.WriteLine();
Console.WriteLine($"| backtracking TitledName (before) | {string.Join(" | ", sizes.Select(size => size.ToString("N0", invariant) + " chars"))} | 16k / 1k |");
Console.WriteLine($"|---|{string.Concat(sizes.Select(_ => "---:|"))}---:|");
Row("\"Mr A\" + letters + \"1\"", before.Count, WorstCases.TitledName);

// Each cell is one scan's time: the best of BENCH_RUNS runs, each run scanning the same text often enough to cover
// BENCH_CHARS characters, so that small texts are not lost in timer and scheduler noise. Texts are built outside the timing.
void Row<T>(string name, Func<string, T> scan, Func<int, string> text)
{
    var times = sizes.Select(size =>
    {
        var input = text(size);
        var repeats = Math.Max(1, Setting("BENCH_CHARS", 4_000_000) / size);
        scan(input);
        return Enumerable.Range(0, runs).Min(_ => Time(() => scan(input), repeats)) / repeats;
    }).ToList();
    Console.WriteLine($"| {name} | {string.Join(" | ", times.Select(ms => ms.ToString("0.000", invariant) + " ms"))} | {(times[^1] / times[0]).ToString("0.0", invariant)}x |");
}

static double Time<T>(Func<T> work, int repeats)
{
    var watch = Stopwatch.StartNew();
    for (var i = 0; i < repeats; i++)
    {
        GC.KeepAlive(work());
    }

    return watch.Elapsed.TotalMilliseconds;
}

static int Setting(string name, int fallback) =>
    int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
