using System.Globalization;
using OutcomesBot.ClusterBench;
using OutcomesBot.Fakes;

// The same fan-out drained by 1 and by 2 real bots (child processes) sharing Azurite and a Quartz cluster on PostgreSQL,
// against one tenant limit, and once more with the draining bot killed at a third. Usage:
//   dotnet bench/ClusterBench/bin/Release/net10.0/OutcomesBot.ClusterBench.dll [people=1000] [limit=50]
var people = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000;
var limit = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50;
using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(6));
var token = stop.Token;

await using var azurite = await AzuriteServer.StartAsync(BenchBot.NodeModules, token);
await using var postgres = await PostgresServer.StartAsync(token);
var world = new BenchWorld(azurite.ConnectionString, postgres, people, limit);
var results = new List<ClusterResult>
{
    await world.RunAsync(instances: 1, kill: false, token),
    await world.RunAsync(instances: 2, kill: false, token),
    await world.RunAsync(instances: 2, kill: true, token),
};

Console.WriteLine($"people {people}, tenant limit {limit}/s, {BenchBot.Configuration} build, load average {File.ReadAllText("/proc/loadavg").Trim()}");
Console.WriteLine(ClusterResult.Header);
foreach (var result in results)
{
    Console.WriteLine(result.Row(limit));
}
