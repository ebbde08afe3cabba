using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

[assembly: AssemblyFixture(typeof(OutcomesBot.Bot.Tests.Support.Azurite))]

namespace OutcomesBot.Bot.Tests.Support;

/// <summary>
/// Azurite's table endpoint (npm azurite, in tools/node) on a free loopback port, in memory. One per test run: started on
/// first use, so runs that touch no Azure test never start it, and killed when the run ends. When it is missing or will
/// not start, the Azure tests fail with the reason; they never skip.
/// </summary>
public sealed class Azurite : IAsyncDisposable
{
    // Azurite's fixed development account (public, documented by Microsoft): not a secret.
    private const string Account = "devstoreaccount1";
    private const string Key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly StringBuilder _output = new();
    private readonly TemporaryDirectory _workspace = new();
    private Process? _process;
    private string? _connectionString;
    private string? _failure;

    /// <summary>Time from launching Azurite to its port answering, for the report.</summary>
    public TimeSpan StartupTime { get; private set; }

    public async Task<string> GetConnectionStringAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_failure is not null)
            {
                Assert.Fail(_failure);
            }

            return _connectionString ??= await StartAsync(cancellationToken);
        }
        catch (Exception exception) when (_connectionString is null && _failure is null)
        {
            // Remember why, so that every other Azure test fails at once with the same reason instead of waiting again.
            _failure = exception.Message;
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(CancellationToken.None);
        }

        _process?.Dispose();
        _gate.Dispose();
        _workspace.Dispose();
    }

    private async Task<string> StartAsync(CancellationToken cancellationToken)
    {
        NodeTools.EnsureInstalled();
        var script = Path.Combine(NodeTools.NodeModulesDirectory, "azurite", "dist", "src", "table", "main.js");
        if (!File.Exists(script))
        {
            Assert.Fail($"Azurite's table server is missing ({script}): {NodeTools.InstallHint}.");
        }

        var port = FreePort();
        var startInfo = new ProcessStartInfo("node")
        {
            WorkingDirectory = _workspace.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { script, "--tableHost", "127.0.0.1", "--tablePort", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--inMemoryPersistence",
            "--skipApiVersionCheck", "--loose", "--disableProductStyleUrl", "--disableTelemetry", "--silent" })
        {
            startInfo.ArgumentList.Add(argument);
        }

        var watch = Stopwatch.StartNew();
        _process = Process.Start(startInfo) ?? throw new InvalidOperationException("node did not start");
        _process.OutputDataReceived += (_, line) => Append(line.Data);
        _process.ErrorDataReceived += (_, line) => Append(line.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitForPortAsync(port, cancellationToken);
        StartupTime = watch.Elapsed;
        return $"DefaultEndpointsProtocol=http;AccountName={Account};AccountKey={Key};TableEndpoint=http://127.0.0.1:{port}/{Account};";
    }

    private async Task WaitForPortAsync(int port, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (_process!.HasExited)
            {
                Assert.Fail($"Azurite exited with code {_process.ExitCode} before it listened: {Output()}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50, cancellationToken);
            }
        }

        Assert.Fail($"Azurite did not listen on port {port} within 30 s: {Output()}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Append(string? line)
    {
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private string Output()
    {
        lock (_output)
        {
            return _output.ToString();
        }
    }
}
