using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.TurnBench;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>
/// bench/TurnBench end to end, small enough for every CI run: our bot and the botbuilder-js peer, each its own
/// process, 500 turns of each kind through the load-generator process and the fake connector process. Correctness
/// only, never timing: every turn answered 200 (with a card for the invokes), every help message exactly one reply.
/// </summary>
[Slow]
public sealed class TurnBenchSmokeTests
{
    private const int TurnsOfEachKind = 500;

    [Fact]
    public async Task Five_hundred_turns_of_each_kind_are_all_answered_by_both_bots_and_each_message_gets_one_reply()
    {
        NodeTools.EnsureInstalled();
        var settings = new BenchSettings { SmokeTurns = TurnsOfEachKind };

        var report = await TurnBenchmark.RunAsync(settings, TextWriter.Null, TestContext.Current.CancellationToken);

        TestContext.Current.TestOutputHelper?.WriteLine(report.ToString());
        Assert.True(report.Problems.Count == 0, string.Join(Environment.NewLine, report.Problems) + Environment.NewLine + report.OurRecentOutput);
        Assert.Equal(6, report.Phases.Count);
        Assert.All(report.Phases, phase => Assert.Equal(TurnsOfEachKind, phase.Load.Answered));
        var helpPhases = report.Phases.Where(phase => phase.Turn == nameof(TurnKind.Help)).ToList();
        Assert.Equal(["OutcomesBot", "botbuilder-js"], helpPhases.Select(phase => phase.Bot));
        Assert.All(helpPhases, phase => Assert.Equal(new ReplyCounts(TurnsOfEachKind, TurnsOfEachKind, 0), phase.Replies));
    }
}
