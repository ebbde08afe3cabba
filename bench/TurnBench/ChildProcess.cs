using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace OutcomesBot.TurnBench;

/// <summary>A process the benchmark started (a bot, the connector, a load run), with its output kept and its peak memory read from /proc.</summary>
internal sealed class ChildProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly TaskCompletionSource<string> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly string _listeningMarker;

    // USER_HZ: 100 on every Linux the benchmark runs on (sysconf(_SC_CLK_TCK)).
    private const int ClockTicksPerSecond = 100;

    private ChildProcess(Process process, string listeningMarker)
    {
        _process = process;
        _listeningMarker = listeningMarker;
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>The exit code, once the child has exited.</summary>
    public int ExitCode => _process.ExitCode;

    public string RecentOutput => string.Join(Environment.NewLine, _output.TakeLast(30));

    public static ChildProcess Start(string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null,
        string? workingDirectory = null, string listeningMarker = "listening ")
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            startInfo.Environment[key] = value;
        }

        var child = new ChildProcess(Process.Start(startInfo) ?? throw new InvalidOperationException($"could not start {fileName}"), listeningMarker);
        child._process.OutputDataReceived += (_, line) => child.Keep(line.Data);
        child._process.ErrorDataReceived += (_, line) => child.Keep(line.Data);
        child._process.BeginOutputReadLine();
        child._process.BeginErrorReadLine();
        return child;
    }

    /// <summary>The address the child printed after the listening marker.</summary>
    public async Task<string> ListeningAsync(TimeSpan within, CancellationToken cancellationToken)
    {
        var exited = _process.WaitForExitAsync(cancellationToken);
        var finished = await Task.WhenAny(_listening.Task, exited, Task.Delay(within, cancellationToken));
        return finished == _listening.Task ? await _listening.Task
            : throw new InvalidOperationException($"the child did not start listening:{Environment.NewLine}{RecentOutput}");
    }

    /// <summary>Everything the child printed, once it has exited.</summary>
    public async Task<IReadOnlyList<string>> WaitForExitAsync(CancellationToken cancellationToken)
    {
        await _process.WaitForExitAsync(cancellationToken);
        _process.WaitForExit();
        return [.. _output];
    }

    /// <summary>Peak resident set (VmHWM, which /proc gives in KiB) in MiB, or null off Linux.</summary>
    public double? PeakRssMebibytes()
    {
        var status = $"/proc/{_process.Id}/status";
        var line = File.Exists(status) ? File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal)) : null;
        return line is null ? null
            : double.Parse(line["VmHWM:".Length..].Replace("kB", string.Empty, StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture) / 1024;
    }

    /// <summary>CPU time (user and system) the child has used so far, read from /proc; zero off Linux or once it has exited.</summary>
    public TimeSpan CpuTime()
    {
        var stat = $"/proc/{_process.Id}/stat";
        if (!File.Exists(stat))
        {
            return TimeSpan.Zero;
        }

        // The command name (field 2) may hold spaces; utime and stime are fields 14 and 15, counted after its ')'.
        var text = File.ReadAllText(stat);
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / (double)ClockTicksPerSecond);
    }

    /// <summary>
    /// The child's write system calls and bytes written so far (<c>syscw</c>, <c>wchar</c> from /proc: files and sockets),
    /// or zeros off Linux. Unlike CPU time, these do not grow with the machine's load.
    /// </summary>
    public (long Calls, long Bytes) Writes()
    {
        var io = $"/proc/{_process.Id}/io";
        if (!File.Exists(io))
        {
            return (0, 0);
        }

        var fields = File.ReadLines(io).Select(line => line.Split(':', 2)).ToDictionary(part => part[0], part => long.Parse(part[1], CultureInfo.InvariantCulture));
        return (fields.GetValueOrDefault("syscw"), fields.GetValueOrDefault("wchar"));
    }

    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
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

        var marker = line.IndexOf(_listeningMarker, StringComparison.Ordinal);
        if (marker >= 0)
        {
            _listening.TrySetResult(line[(marker + _listeningMarker.Length)..].Trim());
        }

        _output.Enqueue(line);
        while (_output.Count > 2000)
        {
            _output.TryDequeue(out _);
        }
    }
}
