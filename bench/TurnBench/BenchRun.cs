using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace OutcomesBot.TurnBench;

/// <summary>The phases of one run, each a load-generator child process whose one-line JSON result is read back.</summary>
internal sealed class BenchRun(BenchSettings settings, string serviceUrl, HttpClient http, TextWriter progress)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly string _runId = Guid.NewGuid().ToString("N")[..8];

    /// <summary>The smoke run's turns of <paramref name="kind"/>, for correctness only.</summary>
    public async Task SmokeAsync(BotUnderTest bot, TurnKind kind, TurnBenchReport report, CancellationToken cancellationToken)
    {
        var smoke = Arguments(bot, kind, "smoke", seconds: 600) with { Connections = 16, Limit = settings.SmokeTurns };
        report.Phases.Add(await PhaseAsync(bot, kind, smoke, round: 1, cancellationToken));
    }

    public Task WarmUpAsync(BotUnderTest bot, TurnKind kind, CancellationToken cancellationToken) =>
        LoadAsync(Arguments(bot, kind, "warmup", settings.WarmupSeconds) with { Connections = 8 }, cancellationToken);

    /// <summary>One round of the measured phases: saturation, then each offered rate. Each round sends its own activity ids.</summary>
    public async Task MeasureAsync(BotUnderTest bot, TurnKind kind, int round, TurnBenchReport report, CancellationToken cancellationToken)
    {
        var phases = new List<LoadArguments> { Arguments(bot, kind, "saturation", settings.PhaseSeconds) with { Connections = settings.Connections } };
        phases.AddRange(settings.Rates.Select(rate => Arguments(bot, kind, "rate" + rate.ToString(CultureInfo.InvariantCulture), settings.PhaseSeconds) with { Rate = rate }));
        foreach (var arguments in phases)
        {
            var ofRound = arguments with { Prefix = arguments.Prefix + round.ToString(CultureInfo.InvariantCulture) + "-" };
            report.Phases.Add(await PhaseAsync(bot, kind, ofRound, round, cancellationToken));
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
            var soakMinute = new SoakMinute(minute, load, rows, replies, bot.PeakRssMebibytes());
            report.Soak.Add(soakMinute);
            await progress.WriteLineAsync(TurnBenchReport.Line(soakMinute));
        }
    }

    private LoadArguments Arguments(BotUnderTest bot, TurnKind kind, string phase, double seconds) =>
        new(phase, kind, bot.Messages, serviceUrl, $"{_runId}-{bot.Name}-{kind}-{phase}-", settings.People, seconds);

    private async Task<PhaseResult> PhaseAsync(BotUnderTest bot, TurnKind kind, LoadArguments arguments, int round, CancellationToken cancellationToken)
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

        var result = new PhaseResult(bot.Name, kind.ToString(), arguments.Phase, load, replies, botCpu, writes) { Round = round };
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
