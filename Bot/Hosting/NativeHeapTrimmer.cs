namespace OutcomesBot.Bot.Hosting;

/// <summary>
/// Every <see cref="Period"/>, gives glibc's free native memory back to the system (<see cref="NativeHeap.Trim"/>). SQLite
/// and the JIT free memory in the middle of an arena, where glibc keeps it resident until something reuses it (decision 046).
/// </summary>
internal sealed class NativeHeapTrimmer : BackgroundService
{
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(20);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // Real time, not the host's TimeProvider: this is about the machine's memory, and a test clock moved on by a day
        // would otherwise trim four thousand times at once.
        using var timer = new PeriodicTimer(Period);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            NativeHeap.Trim();
        }
    }
}
