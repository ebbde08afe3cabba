using System.Globalization;
using OutcomesBot.Dialogs.Momentum;
using OutcomesBot.Fakes;
using OutcomesBot.StorageBench;

// Storage benchmark: SQLite and Azure Tables (Azurite, started here) in the same run, through the ports the bot
// resolves (AddBotStorage with Storage:Provider). Results: docs/performance.md.
var teams = Setting("BENCH_TEAMS", 200);
var weeks = Setting("BENCH_WEEKS", 104);
var writes = Setting("BENCH_WRITES", 1000);
var parallel = Setting("BENCH_PARALLEL", 8);
using var cancellation = new CancellationTokenSource(TimeSpan.FromMinutes(30));
var token = cancellation.Token;
var root = FindRepositoryRoot();

// "My data" for one person of a large team (decision 063): SQLite only, no Azurite.
if (Environment.GetEnvironmentVariable("BENCH_MODE") == "person-scale")
{
    await PersonScaleBenchmark.RunAsync(Setting("BENCH_MEMBERS", 10_000), Setting("BENCH_WEEKS", 52), Setting("BENCH_ROUNDS", 5), token);
    return;
}

// Decision 072: the typed-name search of the large-team picker, in memory, no store.
if (Environment.GetEnvironmentVariable("BENCH_MODE") == "name-search")
{
    await NameSearchBenchmark.RunAsync(Setting("BENCH_MEMBERS", 10_000), Setting("BENCH_ROUNDS", 15), Environment.GetEnvironmentVariable("BENCH_ROSTER") == "colleagues");
    return;
}

// Decision 065: roster sync, fan-out and reminder scan of one large team, one backend per run.
if (Environment.GetEnvironmentVariable("BENCH_MODE") == "check-in-scale")
{
    var onAzure = Environment.GetEnvironmentVariable("BENCH_BACKEND") == "azurite";
    await using var server = onAzure ? await AzuriteServer.StartAsync(Path.Combine(root, "tools", "node", "node_modules"), token) : null;
    await CheckInScaleBenchmark.RunAsync(server?.ConnectionString, Setting("BENCH_MEMBERS", onAzure ? 2_000 : 10_000), Setting("BENCH_ROUNDS", 3), 0.9, token);
    return;
}

// Decision 099: Azure's batch reads (people and preferences, a hundred a read), their queries one after another and
// four at once, interleaved on one Azurite.
if (Environment.GetEnvironmentVariable("BENCH_MODE") == "batch-reads")
{
    await using var server = await AzuriteServer.StartAsync(Path.Combine(root, "tools", "node", "node_modules"), token);
    await BatchReadBenchmark.RunAsync(server.ConnectionString, Setting("BENCH_MEMBERS", 2_000), Setting("BENCH_ROUNDS", 6), token);
    return;
}

await using var azurite = await AzuriteServer.StartAsync(Path.Combine(root, "tools", "node", "node_modules"), token);
if (Environment.GetEnvironmentVariable("BENCH_MODE") == "press-budget")
{
    // Decision 098: the cost of a name look-up's budget in the store, on both backends.
    await PressBudgetBenchmark.RunAsync(azurite.ConnectionString, Setting("BENCH_PEOPLE", 100), token);
    return;
}

if (Environment.GetEnvironmentVariable("BENCH_MODE") == "roster-roles")
{
    await RosterRolesBenchmark.RunAsync(azurite.ConnectionString, [2_000, 10_000], Setting("BENCH_ROUNDS", 7), token);
    return;
}

if (Environment.GetEnvironmentVariable("BENCH_MODE") == "member-left")
{
    await MemberLeftBenchmark.RunAsync(azurite.ConnectionString, [2_000, 10_000], Setting("BENCH_EVENTS", 5), token);
    return;
}

if (Environment.GetEnvironmentVariable("BENCH_MODE") == "personal-data")
{
    await PersonalDataBenchmark.RunAsync(azurite.ConnectionString, Setting("BENCH_OTHERS", 1000), parallel, token);
    return;
}

var results = new List<(string Backend, IReadOnlyList<(string Operation, double PerSecond)> Writes, MomentumResult Momentum)>();
foreach (var connection in new[] { null, azurite.ConnectionString })
{
    await using var backend = await BenchBackend.StartAsync(connection is null ? "SQLite" : "Azure Tables (Azurite)", connection, token);
    var writeRates = await WriteBenchmark.RunAsync(backend, writes, parallel, token);
    results.Add((backend.Name, writeRates, await MomentumBenchmark.RunAsync(backend.Get<IMomentumStore>(), teams, weeks, parallel, token)));
    Console.Error.WriteLine($"{backend.Name}: done");
}

Report.Print(results[0], results[1], teams, weeks, writes, parallel);

static int Setting(string name, int fallback) =>
    int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

static string FindRepositoryRoot()
{
    for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
    {
        if (File.Exists(Path.Combine(folder.FullName, "OutcomesBot.sln")))
        {
            return folder.FullName;
        }
    }

    throw new DirectoryNotFoundException("OutcomesBot.sln not found above the benchmark's folder.");
}
