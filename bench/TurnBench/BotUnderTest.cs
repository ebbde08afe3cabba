using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace OutcomesBot.TurnBench;

/// <summary>
/// One bot the benchmark drives: ours (the Release build of Bot, real Kestrel, SQLite in a temp folder, local mode)
/// or the botbuilder-js peer. Its start-up is timed to the first answered turn.
/// </summary>
internal sealed class BotUnderTest : IDisposable
{
    private readonly ChildProcess _process;

    private BotUnderTest(string name, ChildProcess process, Uri messages)
    {
        Name = name;
        _process = process;
        Messages = messages;
    }

    public string Name { get; }

    public Uri Messages { get; }

    public TimeSpan StartToFirstAnswer { get; private set; }

    public int ProcessId => _process.Id;

    public double? PeakRssMebibytes() => _process.PeakRssMebibytes();

    public TimeSpan CpuTime() => _process.CpuTime();

    public (long Calls, long Bytes) Writes() => _process.Writes();

    public string RecentOutput => _process.RecentOutput;

    public static async Task<BotUnderTest> StartOursAsync(string dll, string dataDirectory, string serviceUrl,
        IReadOnlyDictionary<string, string> extraSettings, CancellationToken cancellationToken)
    {
        var port = FreePort();
        var environment = new Dictionary<string, string>(extraSettings)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Urls"] = $"http://127.0.0.1:{port}",
            ["Storage__DataDirectory"] = dataDirectory,
        };
        var clock = Stopwatch.StartNew();
        var process = ChildProcess.Start("dotnet", [dll], environment, Path.GetDirectoryName(dll));
        return await StartedAsync(new BotUnderTest("OutcomesBot", process, new Uri($"http://127.0.0.1:{port}/api/messages")), clock, serviceUrl, cancellationToken);
    }

    public static async Task<BotUnderTest> StartPeerAsync(string cardsFolder, string serviceUrl, CancellationToken cancellationToken)
    {
        var port = FreePort();
        var clock = Stopwatch.StartNew();
        var process = ChildProcess.Start("node", [Path.Combine(BenchPaths.NodeTools, "turnbench-peer.mjs"), port.ToString(CultureInfo.InvariantCulture), cardsFolder],
            workingDirectory: BenchPaths.NodeTools);
        return await StartedAsync(new BotUnderTest("botbuilder-js", process, new Uri($"http://127.0.0.1:{port}/api/messages")), clock, serviceUrl, cancellationToken);
    }

    /// <summary>Sends one turn and returns the answer's status and body.</summary>
    public async Task<(HttpStatusCode Status, string Body)> SendAsync(HttpClient http, string activityJson, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        using var content = new StringContent(activityJson, Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(Messages, content, cancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
    }

    public void Kill() => _process.Kill();

    public void Dispose() => _process.Dispose();

    // A bot that never answers is killed here, not left running after the run has failed.
    private static async Task<BotUnderTest> StartedAsync(BotUnderTest bot, Stopwatch clock, string serviceUrl, CancellationToken cancellationToken)
    {
        try
        {
            await bot.WaitForFirstAnswerAsync(clock, serviceUrl, cancellationToken);
            return bot;
        }
        catch
        {
            bot.Dispose();
            throw;
        }
    }

    private async Task WaitForFirstAnswerAsync(Stopwatch clock, string serviceUrl, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        for (var attempt = 0; clock.Elapsed < TimeSpan.FromSeconds(60); attempt++)
        {
            if (_process.HasExited)
            {
                break;
            }

            var activity = TurnActivities.Build(TurnKind.Help, serviceUrl, $"start-{Name}-{attempt}", 0, TurnActivities.ExportConversationPrefix + "start");
            try
            {
                if ((await SendAsync(http, activity, cancellationToken)).Status == HttpStatusCode.OK)
                {
                    StartToFirstAnswer = clock.Elapsed;
                    return;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested))
            {
                // Not listening yet, or still starting.
            }

            await Task.Delay(10, cancellationToken);
        }

        throw new InvalidOperationException($"{Name} did not answer within 60 s:{Environment.NewLine}{_process.RecentOutput}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
