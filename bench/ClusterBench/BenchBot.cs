using System.Collections.Concurrent;
using System.Diagnostics;

namespace OutcomesBot.ClusterBench;

/// <summary>The real bot (the bot project's build of the same configuration) as a child process; Kill is SIGKILL.</summary>
internal sealed class BenchBot : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private BenchBot(Process process) => _process = process;

    public static string Configuration => new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    public static string NodeModules => Path.Combine(Repository, "tools", "node", "node_modules");

    public string RecentOutput => string.Join(Environment.NewLine, _output.TakeLast(30));

    private static string Repository
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "OutcomesBot.sln")))
                {
                    return folder.FullName;
                }
            }

            throw new DirectoryNotFoundException("OutcomesBot.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static BenchBot Start(IReadOnlyDictionary<string, string> environment)
    {
        var dll = Path.Combine(Repository, "Bot", "bin", Configuration, "net10.0", "OutcomesBot.Bot.dll");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(dll)!, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        start.Environment["Urls"] = "http://127.0.0.1:0";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var bot = new BenchBot(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"));
        bot._process.OutputDataReceived += (_, line) => bot.Keep(line.Data);
        bot._process.ErrorDataReceived += (_, line) => bot.Keep(line.Data);
        bot._process.BeginOutputReadLine();
        bot._process.BeginErrorReadLine();
        return bot;
    }

    /// <summary>Waits for the host's "Now listening on" line, which comes once Quartz has started.</summary>
    public async Task ListeningAsync(CancellationToken cancellationToken)
    {
        while (!_output.Any(line => line.Contains("Now listening on", StringComparison.Ordinal)))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException("The bot exited:" + Environment.NewLine + RecentOutput);
            }

            await Task.Delay(100, cancellationToken);
        }
    }

    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > 200)
        {
            _output.TryDequeue(out _);
        }
    }
}
