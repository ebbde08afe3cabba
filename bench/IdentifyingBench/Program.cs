using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using OutcomesBot.Dialogs.Stories.Identifying;
using OutcomesBot.IdentifyingBench;

// The identifying-details check on worst-case texts: each regex alone, then the whole scan, at doubling sizes, the
// best of a few runs each. Linear growth shows as a time that doubles with the size. The last table runs the
// backtracking TitledName regex the check used before (docs/decisions/019) on the same inputs. Results: docs/performance.md.
int[] sizes = [12_500, 25_000, 50_000, 100_000, 200_000];
var runs = Setting("BENCH_RUNS", 3);
var invariant = CultureInfo.InvariantCulture;

Console.WriteLine($"| regex | {string.Join(" | ", sizes.Select(size => size.ToString("N0", invariant) + " chars"))} | 200k / 12.5k |");
Console.WriteLine($"|---|{string.Concat(sizes.Select(_ => "---:|"))}---:|");
foreach (var pattern in IdentifyingPatterns.All)
{
    Row(pattern.Name, size => IdentifyingDetails.Scan(WorstCases.ByPattern[pattern.Name](size), [pattern]));
}

Row("whole scan on \"Mr A\" + letters + \"1\"", size => IdentifyingDetails.Scan(WorstCases.TitledName(size), IdentifyingPatterns.All));

// The regex as it was, on the backtracking engine, with no timeout: quadratic, so only the smaller sizes.
var before = new Regex(@"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z][a-z]*(?:'[A-Z])?[A-Za-z]+(?:-[A-Z][a-z]+)?\b", RegexOptions.CultureInvariant | RegexOptions.Compiled);
sizes = [1_000, 2_000, 4_000, 8_000, 16_000];
Console.WriteLine();
Console.WriteLine($"| backtracking TitledName (before) | {string.Join(" | ", sizes.Select(size => size.ToString("N0", invariant) + " chars"))} | 16k / 1k |");
Console.WriteLine($"|---|{string.Concat(sizes.Select(_ => "---:|"))}---:|");
Row("\"Mr A\" + letters + \"1\"", size => before.Count(WorstCases.TitledName(size)));

void Row<T>(string name, Func<int, T> scan)
{
    scan(sizes[0]);
    var times = sizes.Select(size => Enumerable.Range(0, runs).Min(_ => Time(() => scan(size)))).ToList();
    Console.WriteLine($"| {name} | {string.Join(" | ", times.Select(ms => ms.ToString("0.00", invariant) + " ms"))} | {(times[^1] / times[0]).ToString("0.0", invariant)}x |");
}

static double Time<T>(Func<T> work)
{
    var watch = Stopwatch.StartNew();
    GC.KeepAlive(work());
    return watch.Elapsed.TotalMilliseconds;
}

static int Setting(string name, int fallback) =>
    int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
