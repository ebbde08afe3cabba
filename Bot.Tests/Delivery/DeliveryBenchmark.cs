using System.Diagnostics;
using System.Globalization;
using System.Text;
using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.Bot.Tests.Delivery;

/// <summary>
/// 10,000 check-ins through the rate-enforcing fake connector, with 10% of people throttled once (429, Retry-After 1 s),
/// against a naive sender with no limiter in the same run. Explicit: it builds with the tests but runs only when asked
/// (see docs/performance.md). Results go to the test output and to DELIVERY_BENCH_OUT (default: a temp file).
/// </summary>
public sealed class DeliveryBenchmark
{
    private static readonly int People = Setting("DELIVERY_BENCH_PEOPLE", 10_000);
    private static readonly int Parallel = Setting("DELIVERY_BENCH_PARALLEL", 32);
    private const int TenantLimit = 200;

    [Fact(Explicit = true)]
    public async Task Ten_thousand_check_ins_at_the_tenant_limit()
    {
        var token = TestContext.Current.CancellationToken;
        var report = new StringBuilder();
        int engineSent, engineViolations;
        report.AppendLine(CultureInfo.InvariantCulture, $"people={People} tenantLimit={TenantLimit}/s injected429=10% parallel={Parallel} slackMs={Setting("DELIVERY_BENCH_SLACK_MS", 50)} batch={Setting("DELIVERY_BENCH_BATCH", 512)} cores={Environment.ProcessorCount}");

        await using (var connector = await TeamsLimitsConnector.StartAsync(TenantLimit, token))
        await using (var harness = await DeliveryHarness.CreateAsync(connector, People, token))
        {
            InjectThrottles(connector);
            await harness.EnqueueCycleAsync("bench", People, token);
            var options = new DeliveryOptions
            {
                TenantRatePerSecond = TenantLimit,
                MaxParallelSends = Parallel,
                ClaimBatchSize = Setting("DELIVERY_BENCH_BATCH", 512),
                RateWindowSlack = TimeSpan.FromMilliseconds(Setting("DELIVERY_BENCH_SLACK_MS", 50)),
            };
            var clock = Stopwatch.StartNew();
            await harness.Engine(options).DrainAsync(token);
            clock.Stop();
            var counts = await harness.Outbox.CountAsync("bench", token);
            Describe(report, "engine", connector, clock.Elapsed);
            report.AppendLine(CultureInfo.InvariantCulture, $"engine counts={counts}");
            engineSent = counts.Sent;
            engineViolations = connector.LimitViolations;
        }

        await using (var connector = await TeamsLimitsConnector.StartAsync(TenantLimit, token))
        await using (var harness = await DeliveryHarness.CreateAsync(connector, People, token))
        {
            InjectThrottles(connector);
            var clock = Stopwatch.StartNew();
            await NaiveFanOutAsync(harness.Sender(), token);
            clock.Stop();
            Describe(report, "naive", connector, clock.Elapsed);
        }

        report.AppendLine(CultureInfo.InvariantCulture, $"peakWorkingSetMB={Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)}");
        var text = report.ToString();
        TestContext.Current.TestOutputHelper?.WriteLine(text);
        await File.WriteAllTextAsync(Environment.GetEnvironmentVariable("DELIVERY_BENCH_OUT") ?? Path.Combine(Path.GetTempPath(), "delivery-bench.txt"), text, token);
        // Lost and duplicated must be zero; throttles by the fake (limit429) are reported, not asserted: on a loaded
        // 2-core machine, scheduling delays can bunch requests by more than the window slack.
        Assert.Equal(People, engineSent);
        Assert.InRange(engineViolations, 0, People);
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), CultureInfo.InvariantCulture, out var value) ? value : fallback;

    private static void InjectThrottles(TeamsLimitsConnector connector)
    {
        for (var person = 0; person < People; person += 10)
        {
            connector.ThrottleOnce(DeliveryHarness.ConversationOf(person), retryAfterSeconds: 1);
        }
    }

    private static void Describe(StringBuilder report, string name, TeamsLimitsConnector connector, TimeSpan elapsed)
    {
        var seconds = elapsed.TotalSeconds;
        var delivered = connector.TotalDelivered;
        var duplicates = connector.DeliveredPerConversation.Values.Sum(count => Math.Max(0, count - 1));
        var lost = People - connector.DeliveredPerConversation.Count;
        report.AppendLine(CultureInfo.InvariantCulture,
            $"{name}: seconds={seconds:F1} delivered={delivered} lost={lost} duplicated={duplicates} requests={connector.RequestCount} " +
            $"limit429={connector.LimitViolations} maxInAnySecond={connector.MaxRequestsInAnySecond()} " +
            $"deliveredPerSecond={delivered / seconds:F1} ({100 * delivered / seconds / TenantLimit:F1}% of limit) " +
            $"requestsPerSecond={connector.RequestCount / seconds:F1} ({100 * connector.RequestCount / seconds / TenantLimit:F1}% of limit)");
    }

    // The peer: as many sends at once as the engine, no limiter, Retry-After honoured, every person sent until it lands.
    private static async Task NaiveFanOutAsync(IProactiveSender sender, CancellationToken cancellationToken)
    {
        var now = TimeProvider.System.GetUtcNow();
        var options = new ParallelOptions { MaxDegreeOfParallelism = Parallel, CancellationToken = cancellationToken };
        await System.Threading.Tasks.Parallel.ForEachAsync(Enumerable.Range(0, People), options, async (person, token) =>
        {
            var message = OutboxMessage.Create("naive", DeliveryHarness.UserId(person), DeliveryHarness.Tenant, "checkin", "{}", now);
            while (true)
            {
                var result = await sender.SendAsync(message, static _ => Task.CompletedTask, token);
                if (result.Kind is not (SendResultKind.RetryAfter or SendResultKind.Transient))
                {
                    return;
                }

                await Task.Delay(result.RetryAfter ?? TimeSpan.FromSeconds(1), token);
            }
        });
    }
}
