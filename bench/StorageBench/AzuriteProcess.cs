using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace OutcomesBot.StorageBench;

/// <summary>Azurite's table endpoint from tools/node on a free loopback port, in memory, for one benchmark run.</summary>
internal sealed class AzuriteProcess : IAsyncDisposable
{
    // Azurite's fixed, publicly documented development account: not a secret.
    private const string Key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly Process _process;
    private readonly string _workspace;

    private AzuriteProcess(Process process, string workspace, string connectionString)
    {
        _process = process;
        _workspace = workspace;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    public static async Task<AzuriteProcess> StartAsync(string repositoryRoot, CancellationToken cancellationToken)
    {
        var script = Path.Combine(repositoryRoot, "tools", "node", "node_modules", "azurite", "dist", "src", "table", "main.js");
        if (!File.Exists(script))
        {
            throw new FileNotFoundException("Azurite is missing: run `npm ci` in tools/node first.", script);
        }

        var port = FreePort();
        var workspace = Directory.CreateTempSubdirectory("storagebench-azurite-").FullName;
        var startInfo = new ProcessStartInfo("node") { WorkingDirectory = workspace, UseShellExecute = false, RedirectStandardOutput = true };
        foreach (var argument in new[] { script, "--tableHost", "127.0.0.1", "--tablePort", port.ToString(CultureInfo.InvariantCulture),
                     "--inMemoryPersistence", "--skipApiVersionCheck", "--loose", "--disableProductStyleUrl", "--disableTelemetry", "--silent" })
        {
            startInfo.ArgumentList.Add(argument);
        }

        var process = Process.Start(startInfo) ?? throw new InvalidOperationException("node did not start");
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        for (var waited = Stopwatch.StartNew(); ; await Task.Delay(50, cancellationToken))
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
                break;
            }
            catch (SocketException) when (waited.Elapsed < TimeSpan.FromSeconds(30) && !process.HasExited)
            {
            }
        }

        return new AzuriteProcess(process, workspace,
            $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={Key};TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(CancellationToken.None);
        }

        _process.Dispose();
        Directory.Delete(_workspace, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
