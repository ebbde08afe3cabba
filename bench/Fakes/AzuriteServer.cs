using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace OutcomesBot.Fakes;

/// <summary>
/// Azurite's table endpoint (npm azurite, installed in tools/node) on a free loopback port, in memory, for the tests and
/// the storage benchmark. Killed, with its workspace, on dispose.
/// </summary>
public sealed class AzuriteServer : IAsyncDisposable
{
    // Azurite's fixed development account (public, documented by Microsoft): not a secret.
    private const string Account = "devstoreaccount1";
    private const string Key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private const int MaxPortAttempts = 5;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly Process _process;
    private readonly string _workspace;
    private readonly StringBuilder _output = new();

    private AzuriteServer(Process process, string workspace, int port, bool https)
    {
        _process = process;
        _workspace = workspace;
        TableEndpoint = new Uri($"{(https ? "https" : "http")}://127.0.0.1:{port}/{Account}");
        ConnectionString = $"DefaultEndpointsProtocol=http;AccountName={Account};AccountKey={Key};TableEndpoint={TableEndpoint};";
    }

    public string ConnectionString { get; }

    /// <summary>The account's table endpoint (path style: 127.0.0.1 has no account sub-domain).</summary>
    public Uri TableEndpoint { get; }

    /// <summary>
    /// Starts Azurite from <paramref name="nodeModulesDirectory"/> and waits until its port answers. Throws, with what
    /// Azurite printed, when it is missing, exits early or does not listen within 30 s.
    /// </summary>
    public static Task<AzuriteServer> StartAsync(string nodeModulesDirectory, CancellationToken cancellationToken) =>
        StartAsync(nodeModulesDirectory, null, cancellationToken);

    /// <summary>
    /// As <see cref="StartAsync(string, CancellationToken)"/>; with <paramref name="tls"/> (PEM certificate and key
    /// files) Azurite serves https and checks bearer tokens (<c>--oauth basic</c>: issuer, audience and lifetime).
    /// </summary>
    public static async Task<AzuriteServer> StartAsync(string nodeModulesDirectory, AzuriteTls? tls, CancellationToken cancellationToken)
    {
        var script = Path.Combine(nodeModulesDirectory, "azurite", "dist", "src", "table", "main.js");
        if (!File.Exists(script))
        {
            throw new FileNotFoundException($"Azurite's table server is missing ({script}): run `npm ci` in tools/node first.", script);
        }

        // The free port is only free when looked at: until Azurite binds it, another test's server may take it. So the
        // answer must come from Azurite (its Server header), and a port someone else got is given up for a new one.
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            var server = Start(script, port, tls);
            try
            {
                server.CaptureOutput();
                if (await server.WaitForAzuriteAsync(port, tls is not null, cancellationToken))
                {
                    return server;
                }
            }
            catch
            {
                await server.DisposeAsync();
                throw;
            }

            await server.DisposeAsync();
            if (attempt == MaxPortAttempts)
            {
                throw new InvalidOperationException($"Azurite did not get a port of its own in {MaxPortAttempts} attempts: {server.Output()}");
            }
        }
    }

    private static AzuriteServer Start(string script, int port, AzuriteTls? tls)
    {
        var startInfo = new ProcessStartInfo("node")
        {
            WorkingDirectory = Directory.CreateTempSubdirectory("outcomesbot-azurite-").FullName,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { script, "--tableHost", "127.0.0.1", "--tablePort", port.ToString(CultureInfo.InvariantCulture), "--inMemoryPersistence",
            "--skipApiVersionCheck", "--loose", "--disableProductStyleUrl", "--disableTelemetry", "--silent" })
        {
            startInfo.ArgumentList.Add(argument);
        }

        if (tls is not null)
        {
            foreach (var argument in new[] { "--oauth", "basic", "--cert", tls.CertificatePemPath, "--key", tls.KeyPemPath })
            {
                startInfo.ArgumentList.Add(argument);
            }
        }

        return new AzuriteServer(Process.Start(startInfo) ?? throw new InvalidOperationException("node did not start"), startInfo.WorkingDirectory, port, tls is not null);
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

    private void CaptureOutput()
    {
        _process.OutputDataReceived += (_, line) => Append(line.Data);
        _process.ErrorDataReceived += (_, line) => Append(line.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>
    /// True once Azurite answers on the port; false when something else answers there (another server took the port
    /// before Azurite bound it), or Azurite exited after the port answered (it could not bind it).
    /// </summary>
    private async Task<bool> WaitForAzuriteAsync(int port, bool https, CancellationToken cancellationToken)
    {
        for (var waited = Stopwatch.StartNew(); waited.Elapsed < StartTimeout; await Task.Delay(50, cancellationToken))
        {
            if (_process.HasExited)
            {
                if (await AnswersAsync(port, cancellationToken))
                {
                    return false;
                }

                throw new InvalidOperationException($"Azurite exited with code {_process.ExitCode} before it listened: {Output()}");
            }

            if (!await AnswersAsync(port, cancellationToken))
            {
                continue;
            }

            return await ServerHeaderAsync(port, https, cancellationToken) is { } server && server.StartsWith("Azurite", StringComparison.Ordinal);
        }

        throw new TimeoutException($"Azurite did not listen on port {port} within {StartTimeout.TotalSeconds:0} s: {Output()}");
    }

    private static async Task<bool> AnswersAsync(int port, CancellationToken cancellationToken)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    // Who answers on the port: the Server header of any response (Azurite sets it on every one), null when none came.
    private static async Task<string?> ServerHeaderAsync(int port, bool https, CancellationToken cancellationToken)
    {
        using var handler = new HttpClientHandler();
        if (https)
        {
            // Only asks who is listening on a loopback port; the tests' clients check Azurite's certificate themselves.
#pragma warning disable CA5400, CA5359
            handler.ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator;
#pragma warning restore CA5400, CA5359
        }

        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await client.GetAsync(new Uri($"{(https ? "https" : "http")}://127.0.0.1:{port}/{Account}"), cancellationToken);
            return response.Headers.TryGetValues("Server", out var values) ? string.Join(' ', values) : null;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return null;
        }
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
