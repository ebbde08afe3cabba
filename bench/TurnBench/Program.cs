using System.Text.Json;

namespace OutcomesBot.TurnBench;

/// <summary>
/// TurnBench [--seconds 7] [--repeat 3] [--warmup 3] [--connections 32] [--rates 100,200] [--people 1000] [--soak 600] [--smoke 500].
/// Child roles: "connector" (the fake Bot Connector) and "load ..." (one load phase; see <see cref="LoadArguments"/>).
/// </summary>
internal static class BenchProgram
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<int> Main(string[] args)
    {
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };

        switch (args.FirstOrDefault())
        {
            case "connector":
                await BenchConnector.RunAsync(stop.Token);
                return 0;
            case "load":
                var result = await LoadGenerator.RunAsync(LoadArguments.Parse(args), stop.Token);
                Console.WriteLine(JsonSerializer.Serialize(result, Json));
                return 0;
            default:
                var settings = BenchSettings.Parse(args);
                await Console.Out.WriteLineAsync($"{Environment.ProcessorCount} cores, .NET {Environment.Version}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");
                await Console.Out.WriteLineAsync($"load average at start: {await File.ReadAllTextAsync("/proc/loadavg", stop.Token)}");
                var report = await TurnBenchmark.RunAsync(settings, Console.Out, stop.Token);
                await Console.Out.WriteLineAsync($"load average at end: {await File.ReadAllTextAsync("/proc/loadavg", stop.Token)}");
                await Console.Out.WriteLineAsync(report.ToString());
                return report.Problems.Count == 0 ? 0 : 1;
        }
    }
}
