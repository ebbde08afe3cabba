using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using OutcomesBot.Bot.Tests.Support;

namespace OutcomesBot.Bot.Tests.EndToEnd;

/// <summary>
/// The Microsoft 365 Agents Playground running as a child process on a free loopback port, pointed at a
/// bot endpoint. It prints "Listening on {port}" when its stdout is not a terminal; its log goes to a file.
/// </summary>
public sealed partial class PlaygroundProcess : IAsyncDisposable
{
    private static readonly string[] ProxyVariables = ["HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"];

    private readonly Process _process;
    private readonly TemporaryDirectory _workingDirectory;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly TaskCompletionSource<int> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private PlaygroundProcess(Process process, TemporaryDirectory workingDirectory)
    {
        _process = process;
        _workingDirectory = workingDirectory;
    }

    /// <summary>http://127.0.0.1:{port}/, the root of the Playground's web app, API and WebSocket.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    private string LogFile => _workingDirectory.Combine("playground.log");

    /// <summary>Starts the Playground and returns once its HTTP API answers.</summary>
    public static async Task<PlaygroundProcess> StartAsync(Uri botEndpoint, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(botEndpoint);
        NodeTools.EnsureInstalled();
        var workingDirectory = new TemporaryDirectory("outcomesbot-playground");
        var playground = new PlaygroundProcess(NodeTools.StartOrFail(CreateStartInfo(botEndpoint, workingDirectory)), workingDirectory);
        try
        {
            var port = await playground.WaitForPortAsync(timeout, cancellationToken);
            playground.BaseAddress = new Uri($"http://127.0.0.1:{port}/");
            await playground.WaitUntilAnsweringAsync(timeout, cancellationToken);
            return playground;
        }
        catch (Exception exception)
        {
            var diagnostics = string.Join('\n', playground._output) + "\n" + playground.ReadLog();
            await playground.DisposeAsync();
            if (cancellationToken.IsCancellationRequested)
            {
                throw;
            }

            throw new InvalidOperationException($"The Agents Playground did not start within {timeout.TotalSeconds:0} s: {exception.Message}\n{diagnostics}", exception);
        }
    }

    /// <summary>What the Playground wrote to its log file (it logs there, not to a redirected stdout).</summary>
    public string ReadLog()
    {
        try
        {
            return File.Exists(LogFile) ? File.ReadAllText(LogFile) : string.Empty;
        }
        catch (IOException)
        {
            return string.Empty;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
            }
        }
        catch (InvalidOperationException)
        {
            // It had already exited.
        }
        finally
        {
            _process.Dispose();
            _workingDirectory.Dispose();
        }
    }

    private static ProcessStartInfo CreateStartInfo(Uri botEndpoint, TemporaryDirectory workingDirectory)
    {
        var cli = Path.Combine(NodeTools.NodeModulesDirectory, "@microsoft", "m365agentsplayground", "cli.js");
        var startInfo = new ProcessStartInfo("node")
        {
            // The Playground reads .m365agentsplayground.yml from, and writes devTools/ into, its working folder.
            WorkingDirectory = workingDirectory.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // -p 0: the OS picks a free port and the connector's serviceUrl follows it.
        string[] arguments = [cli, "start", "-e", botEndpoint.AbsoluteUri, "-c", "msteams", "-p", "0", "--disable-telemetry"];
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        startInfo.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        startInfo.Environment["M365_AGENTS_PLAYGROUND_LOGFILE"] = workingDirectory.Combine("playground.log");
        foreach (var variable in ProxyVariables)
        {
            // Everything is on loopback; a proxy inherited from the machine would only get in the way.
            startInfo.Environment.Remove(variable);
        }

        return startInfo;
    }

    private Task<int> WaitForPortAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        _process.EnableRaisingEvents = true;
        _process.OutputDataReceived += (_, e) => Collect(e.Data);
        _process.ErrorDataReceived += (_, e) => Collect(e.Data);
        _process.Exited += (_, _) => _listening.TrySetException(new InvalidOperationException("the Playground exited before it listened"));
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        return _listening.Task.WaitAsync(timeout, cancellationToken);
    }

    private void Collect(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        if (ListeningLine().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture));
        }
    }

    private async Task WaitUntilAnsweringAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        while (true)
        {
            try
            {
                using var response = await http.GetAsync("_debug/ping", deadline.Token);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (!deadline.IsCancellationRequested)
            {
                // Not answering yet.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), deadline.Token);
        }
    }

    [GeneratedRegex(@"Listening on (\d+)", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex ListeningLine();
}
