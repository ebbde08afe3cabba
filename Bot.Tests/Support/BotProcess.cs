using System.Collections.Concurrent;
using System.Diagnostics;

namespace OutcomesBot.Bot.Tests.Support;

/// <summary>
/// The real bot (OutcomesBot.Bot.dll, built with the tests) running as a child process, configured through
/// environment variables. <see cref="Kill"/> is SIGKILL on Linux: no shutdown code runs, as in a crash.
/// </summary>
public sealed class BotProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private BotProcess(Process process) => _process = process;

    public bool HasExited => _process.HasExited;

    /// <summary>Every line the bot wrote so far (the last 200).</summary>
    public IReadOnlyList<string> Output => [.. _output];

    /// <summary>The last lines the bot wrote, to explain a failure.</summary>
    public string RecentOutput => string.Join(Environment.NewLine, _output.TakeLast(40));

    public static BotProcess Start(IReadOnlyDictionary<string, string> environment)
    {
        var dll = BuiltBot.Dll();
        var startInfo = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(dll);
        // A free loopback port unless the test chooses the address the ASP.NET way (then Urls, which overrides both, stays unset).
        if (!environment.ContainsKey("ASPNETCORE_URLS") && !environment.ContainsKey("ASPNETCORE_HTTP_PORTS"))
        {
            startInfo.Environment["Urls"] = "http://127.0.0.1:0";
        }

        foreach (var (key, value) in environment)
        {
            startInfo.Environment[key] = value;
        }

        var bot = new BotProcess(NodeTools.StartOrFail(startInfo));
        bot._process.OutputDataReceived += (_, line) => bot.Keep(line.Data);
        bot._process.ErrorDataReceived += (_, line) => bot.Keep(line.Data);
        bot._process.BeginOutputReadLine();
        bot._process.BeginErrorReadLine();
        return bot;
    }

    /// <summary>Waits for the bot to exit on its own and answers its exit code; null when it is still running after <paramref name="within"/>.</summary>
    public async Task<int?> ExitCodeAsync(TimeSpan within, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(within);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }

        // The asynchronous output readers may still hold the last lines; this overload waits for them.
        _process.WaitForExit();
        return _process.ExitCode;
    }

    /// <summary>
    /// The address Kestrel listens on, read from the host's "Now listening on:" line (the child must log
    /// Microsoft.Hosting.Lifetime at Information). The line comes once the hosted services have started.
    /// </summary>
    public async Task<Uri> ListeningAddressAsync(TimeSpan within, CancellationToken cancellationToken)
    {
        const string Marker = "Now listening on: ";
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(within);
        while (true)
        {
            var line = _output.FirstOrDefault(text => text.Contains(Marker, StringComparison.Ordinal));
            if (line is not null)
            {
                return new Uri(line[(line.IndexOf(Marker, StringComparison.Ordinal) + Marker.Length)..].Trim());
            }

            if (_process.HasExited || timeout.IsCancellationRequested)
            {
                throw new InvalidOperationException($"The bot is not listening (exited: {_process.HasExited}):{Environment.NewLine}{RecentOutput}");
            }

            await Task.Delay(100, CancellationToken.None);
        }
    }

    public void Kill()
    {
        _process.Kill();
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

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
