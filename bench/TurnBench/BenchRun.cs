using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace OutcomesBot.TurnBench;

/// <summary>The phases of one run, each a load-generator child process whose one-line JSON result is read back.</summary>
internal sealed class BenchRun(BenchSettings settings, string serviceUrl, HttpClient http, TextWriter progress)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly string _runId = Guid.NewGuid().ToString("N")[..8];

    public async Task DriveAsync(BotUnderTest bot, TurnKind kind, TurnBenchReport report, CancellationToken cancellationToken)
    {
        if (settings.SmokeTurns > 0)
        {
            var smoke = Arguments(bot, kind, "smoke", seconds: 600) with { Connections = 16, Limit = settings.SmokeTurns };
            report.Phases.Add(await PhaseAsync(bot, kind, smoke, cancellationToken));
            return;
        }

        await LoadAsync(Arguments(bot, kind, "warmup", settings.WarmupSeconds) with { Connections = 8 }, cancellationToken);
        report.Phases.Add(await PhaseAsync(bot, kind, Arguments(bot, kind, "saturation", settings.PhaseSeconds) with { Connections = settings.Connections }, cancellationToken));
        foreach (var rate in settings.Rates)
        {
            var phase = "rate" + rate.ToString(CultureInfo.InvariantCulture);
            report.Phases.Add(await PhaseAsync(bot, kind, Arguments(bot, kind, phase, settings.PhaseSeconds) with { Rate = rate }, cancellationToken));
        }
    }

    /// <summary>Our bot at the soak rate, a minute at a time, with the de-duplication table counted after each minute.</summary>
    public async Task SoakAsync(BotUnderTest bot, string dataDirectory, TurnBenchReport report, CancellationToken cancellationToken)
    {
        var minutes = (int)Math.Ceiling(settings.SoakSeconds / 60.0);
        for (var minute = 1; minute <= minutes; minute++)
        {
            var arguments = Arguments(bot, TurnKind.Mixed, "soak" + minute.ToString(CultureInfo.InvariantCulture), 60) with { Rate = settings.SoakRate };
            var load = await LoadAsync(arguments, cancellationToken);
            var (rows, replies) = await BenchSeed.CountClaimsAsync(dataDirectory, cancellationToken);
            var soakMinute = new SoakMinute(minute, load, rows, replies, bot.PeakRssMegabytes());
            report.Soak.Add(soakMinute);
            await progress.WriteLineAsync(TurnBenchReport.Line(soakMinute));
        }
    }

    private LoadArguments Arguments(BotUnderTest bot, TurnKind kind, string phase, double seconds) =>
        new(phase, kind, bot.Messages, serviceUrl, $"{_runId}-{bot.Name}-{kind}-{phase}-", settings.People, seconds);

    private async Task<PhaseResult> PhaseAsync(BotUnderTest bot, TurnKind kind, LoadArguments arguments, CancellationToken cancellationToken)
    {
        var cpuBefore = bot.CpuTime();
        var writesBefore = bot.Writes();
        var load = await LoadAsync(arguments, cancellationToken);
        var botCpu = (bot.CpuTime() - cpuBefore).TotalSeconds;
        var writesAfter = bot.Writes();
        var writes = new WriteCounts(writesAfter.Calls - writesBefore.Calls, writesAfter.Bytes - writesBefore.Bytes);
        ReplyCounts? replies = null;
        if (kind == TurnKind.Help)
        {
            // A reply is sent before the turn's answer, so none is still on its way once every answer is in.
            var uri = new Uri(new Uri(serviceUrl), "bench/replies?prefix=" + Uri.EscapeDataString(arguments.Prefix));
            replies = await http.GetFromJsonAsync<ReplyCounts>(uri, Json, cancellationToken);
        }

        var result = new PhaseResult(bot.Name, kind.ToString(), arguments.Phase, load, replies, botCpu, writes);
        await progress.WriteLineAsync(TurnBenchReport.Line(result));
        return result;
    }

    private async Task<LoadResult> LoadAsync(LoadArguments arguments, CancellationToken cancellationToken)
    {
        using var generator = ChildProcess.Start("dotnet", [BenchPaths.BenchDll(settings.Configuration), .. arguments.ToArguments()]);
        var output = await generator.WaitForExitAsync(cancellationToken);
        var last = output.LastOrDefault(line => line.StartsWith('{'));
        return last is null
            ? throw new InvalidOperationException("the load generator printed no result:" + Environment.NewLine + string.Join(Environment.NewLine, output))
            : JsonSerializer.Deserialize<LoadResult>(last, Json)!;
    }
}
