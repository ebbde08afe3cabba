using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Npgsql;

namespace OutcomesBot.Fakes;

/// <summary>
/// A throwaway PostgreSQL cluster from Debian's <c>postgresql</c> package: <c>initdb</c> in a temp folder, the server
/// on a free 127.0.0.1 port with its unix socket in that folder too, fsync off. Disposing kills it and deletes the
/// folder. Run as root (as in CI containers), the server runs as the <c>postgres</c> account the package creates,
/// because PostgreSQL refuses to run as root.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private const string Superuser = "outcomesbot";
    private const int MaxPortAttempts = 5;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly string _folder;
    private readonly StringBuilder _output = new();
    private Process? _process;
    private int _databases;

    private PostgresServer(string folder) => _folder = folder;

    public int Port { get; private set; }

    /// <summary>What the server wrote so far: its log, where PostgreSQL reports errors such as "deadlock detected".</summary>
    public string Log => Output();

    /// <summary>The connection string of the <c>postgres</c> database, as the superuser (trust authentication, loopback only).</summary>
    public string AdminConnectionString => ConnectionString("postgres");

    /// <summary>The folder holding PostgreSQL's programs (<c>initdb</c>, <c>postgres</c>), or null when it is not installed.</summary>
    public static string? BinDirectory() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(version => Path.Combine(version, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "postgres")) && File.Exists(Path.Combine(bin, "initdb")))
                .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var major) ? major : 0)
                .FirstOrDefault()
            : null;

    public static async Task<PostgresServer> StartAsync(CancellationToken cancellationToken)
    {
        var bin = BinDirectory() ?? throw new InvalidOperationException(
            "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/postgres): install Debian's postgresql package (scripts/test.sh does).");
        var folder = Directory.CreateTempSubdirectory("outcomesbot-postgres-").FullName;
        var server = new PostgresServer(folder);
        try
        {
            // The server's own account must own its data folder; the parent is opened to it, initdb creates the rest.
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(folder, (UnixFileMode)Convert.ToInt32("777", 8));
            }

            await server.RunAsync(Path.Combine(bin, "initdb"),
                ["-D", server.DataFolder, "-U", Superuser, "--auth=trust", "--no-sync", "--encoding=UTF8", "--locale=C"], cancellationToken);
            await server.ListenAsync(bin, cancellationToken);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = Port,
            Username = Superuser,
            Database = database,
            Pooling = true,
            Timeout = 15,
        }.ConnectionString;

    /// <summary>The lines of the server's log about <paramref name="database"/> (each line names its database).</summary>
    public IReadOnlyList<string> LogOf(string database) =>
        [.. Output().Split('\n').Where(line => line.Contains($" db={database} ", StringComparison.Ordinal))];

    /// <summary>Creates an empty database of its own (a test's, or a benchmark run's) and answers its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(CancellationToken cancellationToken)
    {
        var name = $"db{Interlocked.Increment(ref _databases)}_{Guid.NewGuid():N}"[..20];
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return ConnectionString(name);
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            // Backends exit by themselves once the postmaster is gone; the tree kill does not wait for that.
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(CancellationToken.None);
        }

        _process?.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A backend may still be writing for a moment after the postmaster died; the OS cleans temp later.
        }
    }

    private string DataFolder => Path.Combine(_folder, "data");

    private async Task ListenAsync(string bin, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            Port = FreePort();
            _output.Clear();
            _process = Start(Path.Combine(bin, "postgres"),
            [
                "-D", DataFolder, "-p", Port.ToString(CultureInfo.InvariantCulture), "-k", _folder,
                "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "synchronous_commit=off",
                "-c", "full_page_writes=off", "-c", "max_connections=300", "-c", "shared_buffers=32MB",
                "-c", "log_line_prefix=%m [%p] db=%d ", "-c", "deadlock_timeout=200ms",
            ]);
            if (await AcceptsConnectionsAsync(cancellationToken))
            {
                return;
            }

            if (attempt == MaxPortAttempts)
            {
                throw new InvalidOperationException($"PostgreSQL did not get a port of its own in {MaxPortAttempts} attempts: {Output()}");
            }
        }
    }

    // True once the server answers a query; false when it exited because another process took the port first.
    private async Task<bool> AcceptsConnectionsAsync(CancellationToken cancellationToken)
    {
        for (var waited = Stopwatch.StartNew(); waited.Elapsed < StartTimeout; await Task.Delay(100, cancellationToken))
        {
            if (_process!.HasExited)
            {
                return Output().Contains("could not bind", StringComparison.OrdinalIgnoreCase)
                    ? false
                    : throw new InvalidOperationException($"PostgreSQL exited with code {_process.ExitCode} before it listened: {Output()}");
            }

            try
            {
                await using var connection = new NpgsqlConnection(AdminConnectionString);
                await connection.OpenAsync(cancellationToken);
                return true;
            }
            catch (NpgsqlException)
            {
                // Not listening yet, or still starting up ("the database system is starting up").
            }
        }

        throw new TimeoutException($"PostgreSQL did not accept connections on port {Port} within {StartTimeout.TotalSeconds:0} s: {Output()}");
    }

    private async Task RunAsync(string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        using var process = Start(program, arguments);
        await process.WaitForExitAsync(cancellationToken);
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(program)} failed with code {process.ExitCode}: {Output()}");
        }
    }

    private Process Start(string program, IReadOnlyList<string> arguments)
    {
        var startInfo = new ProcessStartInfo(program)
        {
            WorkingDirectory = _folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (Environment.UserName == "root")
        {
            // setpriv executes the program in its place (no child left behind when the server is killed).
            startInfo.FileName = "setpriv";
            foreach (var argument in new[] { "--reuid=postgres", "--regid=postgres", "--clear-groups", "--", program })
            {
                startInfo.ArgumentList.Add(argument);
            }
        }

        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        startInfo.Environment["LC_ALL"] = "C";
        var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"{program} did not start");
        process.OutputDataReceived += (_, line) => Append(line.Data);
        process.ErrorDataReceived += (_, line) => Append(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
