using OutcomesBot.DeliveryBench;

namespace OutcomesBot.Bot.Tests.Delivery;

/// <summary>The benchmark in bench/DeliveryBench, small enough for every CI run, so that it keeps building and working.</summary>
[Slow]
public sealed class DeliveryBenchSmokeTests
{
    [Fact]
    public async Task Three_hundred_check_ins_with_throttles_reach_everyone_once_and_leave_the_engine_within_the_limit()
    {
        var settings = new BenchSettings { People = 300, TenantLimit = 100, Parallel = 8, Batch = 64, SendTimeCheck = true };

        var report = await DeliveryBenchmark.RunAsync(settings, TestContext.Current.CancellationToken);

        TestContext.Current.TestOutputHelper?.WriteLine(report.ToString());
        Assert.True(report.Correct, report.ToString());
        Assert.Equal(300 + 30, report.Engine.Requests - report.Engine.LimitViolations);
        Assert.InRange(report.Engine.MaxDeparturesInAnySecond ?? int.MaxValue, 1, settings.TenantLimit);
        Assert.Equal(0, report.Naive!.Lost + report.Naive.Duplicated);

        // With the check-in send-time check before every send, every member (met by the bot or not) still gets theirs.
        Assert.Equal((300, 0, 0), (report.EngineChecked!.OutboxSent, report.EngineChecked.Lost, report.EngineChecked.Duplicated));
        Assert.True(report.EngineChecked.CheckMilliseconds!.Count >= 300);
    }
}
