namespace OutcomesBot.DeliveryBench;

// Not named Program: the bot's public Program class is referenced here too.
internal static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        var settings = BenchSettings.Parse(args);
        Console.WriteLine($"Delivering {settings.People} check-ins at {settings.TenantLimit}/s (build: {Configuration})...");
        var report = await DeliveryBenchmark.RunAsync(settings, stop.Token);
        Console.WriteLine(report);
        return report.Correct ? 0 : 1;
    }

#if DEBUG
    private const string Configuration = "Debug: numbers are for Release, run with -c Release";
#else
    private const string Configuration = "Release";
#endif
}
