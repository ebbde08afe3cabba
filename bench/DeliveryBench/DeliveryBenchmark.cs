using System.Diagnostics;
using OutcomesBot.Fakes;
using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.DeliveryBench;

/// <summary>
/// A cycle of check-ins through the delivery engine against the rate-enforcing fake connector, every n-th person
/// throttled once (429, Retry-After 1 s); then, in the same process, a naive peer (same sender and parallelism, no
/// limiter, Retry-After honoured) over the same people. With <see cref="BenchSettings.SendTimeCheck"/>, the engine runs a
/// second time between the two with the check-in send-time check before every send (<see cref="SendTimeCheckWorld"/>).
/// </summary>
public static class DeliveryBenchmark
{
    public static async Task<BenchReport> RunAsync(BenchSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var engine = await RunEngineAsync(settings, sendTimeCheck: false, cancellationToken);
        var peakAfterEngine = Process.GetCurrentProcess().PeakWorkingSet64;
        var engineChecked = settings.SendTimeCheck ? await RunEngineAsync(settings, sendTimeCheck: true, cancellationToken) : null;
        var naive = settings.Naive ? await RunNaiveAsync(settings, cancellationToken) : null;
        return new BenchReport(settings, engine, naive, peakAfterEngine, Process.GetCurrentProcess().PeakWorkingSet64, GC.GetTotalAllocatedBytes())
        {
            EngineChecked = engineChecked,
        };
    }

    private static async Task<RunResult> RunEngineAsync(BenchSettings settings, bool sendTimeCheck, CancellationToken cancellationToken)
    {
        await using var connector = await TeamsLimitsConnector.StartAsync(settings.TenantLimit, cancellationToken);
        await using var world = await BenchWorld.CreateAsync(connector, settings.People, cancellationToken);
        InjectThrottles(connector, settings);
        var check = sendTimeCheck ? await SendTimeCheckWorld.CreateAsync(world.Database, settings.People, cancellationToken) : null;
        var cycleId = sendTimeCheck ? SendTimeCheckWorld.CycleId : "bench";
        var now = TimeProvider.System.GetUtcNow();
        await world.Outbox.EnqueueAsync([.. Enumerable.Range(0, settings.People).Select(person => BenchWorld.Message(cycleId, person, now))], cancellationToken);
        var options = new DeliveryOptions
        {
            TenantRatePerSecond = settings.TenantLimit,
            MaxParallelSends = settings.Parallel,
            ClaimBatchSize = settings.Batch,
            RateWindowSlack = TimeSpan.FromMilliseconds(settings.SlackMilliseconds),
        };
        var sender = new DepartureTimingSender(world.Sender());
        var clock = Stopwatch.StartNew();
        await world.Engine(options, sender, check?.Precondition).DrainAsync(cancellationToken);
        clock.Stop();
        var counts = await world.Outbox.CountAsync(cycleId, cancellationToken);
        return RunResult.From(sendTimeCheck ? "engine+check" : "engine", settings.People, connector, clock.Elapsed, counts.Sent) with
        {
            MaxDeparturesInAnySecond = sender.Departures.MaxWithin(TimeSpan.FromSeconds(1)),
            CheckMilliseconds = check?.Times(),
        };
    }

    // The peer: as many sends at once as the engine, no limiter, Retry-After honoured, every person sent until it lands.
    private static async Task<RunResult> RunNaiveAsync(BenchSettings settings, CancellationToken cancellationToken)
    {
        await using var connector = await TeamsLimitsConnector.StartAsync(settings.TenantLimit, cancellationToken);
        await using var world = await BenchWorld.CreateAsync(connector, settings.People, cancellationToken);
        InjectThrottles(connector, settings);
        var sender = world.Sender();
        var now = TimeProvider.System.GetUtcNow();
        var options = new ParallelOptions { MaxDegreeOfParallelism = settings.Parallel, CancellationToken = cancellationToken };
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, settings.People), options, async (person, token) =>
        {
            var message = BenchWorld.Message("naive", person, now);
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
        clock.Stop();
        return RunResult.From("naive", settings.People, connector, clock.Elapsed, outboxSent: null);
    }

    private static void InjectThrottles(TeamsLimitsConnector connector, BenchSettings settings)
    {
        for (var person = 0; person < settings.People; person += settings.ThrottleEvery)
        {
            connector.ThrottleOnce(TeamsLimitsConnector.ConversationFor(BenchWorld.UserId(person)), retryAfterSeconds: 1);
        }
    }
}
