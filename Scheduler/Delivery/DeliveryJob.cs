using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace OutcomesBot.Scheduler.Delivery;

/// <summary>
/// Drains the outbox until nothing is left, in its own DI scope. One drain at a time, across a cluster too (decision
/// 028). When the host starts stopping, the drain stops too: sends on the wire finish and are recorded, unsent claims
/// are handed back (see <see cref="DeliveryEngine"/>), and Quartz, which waits for running jobs, is not left waiting for
/// a whole drain.
/// </summary>
/// <remarks>
/// Each instance paces its own requests; it cannot see another's. So when the drain moves to another instance (the last
/// one ended while the outbox was briefly empty, or its instance stopped), the new drainer first waits until the last
/// drain's final second has passed: the job's data, kept in the shared job store, says which instance drained last and
/// when it finished. Without that wait the two instances' seconds overlap and the app can exceed the tenant limit.
/// </remarks>
[DisallowConcurrentExecution]
[PersistJobDataAfterExecution]
public sealed class DeliveryJob(IServiceScopeFactory scopes, IOptions<DeliveryOptions> options, TimeProvider time, IHostApplicationLifetime? lifetime = null) : IJob
{
    public static readonly JobKey Key = new("outbox-drain", "delivery");

    internal const string LastDrainerKey = "last-drainer";
    internal const string LastEndedKey = "last-ended-ms";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var stopping = lifetime?.ApplicationStopping ?? CancellationToken.None;
        using var drain = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, stopping);
        var instance = context.Scheduler.SchedulerInstanceId;
        var data = context.JobDetail.JobDataMap;
        try
        {
            var wait = HandOverWait(data.TryGetString(LastDrainerKey, out var drainer) ? drainer : null, data.TryGetString(LastEndedKey, out var ended) ? ended : null, instance, time.GetUtcNow(), Window(options.Value));
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, drain.Token);
            }

            await using var scope = scopes.CreateAsyncScope();
            var engine = scope.ServiceProvider.GetRequiredService<DeliveryEngine>();
            await engine.DrainAsync(drain.Token);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // The host is stopping: what was left is back in the outbox for the next start (or another instance).
        }
        finally
        {
            data[LastDrainerKey] = instance;
            data[LastEndedKey] = time.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        }
    }

    /// <summary>The window the limiter counts in: one second and the slack (<see cref="DeliveryOptions.RateWindowSlack"/>).</summary>
    public static TimeSpan Window(DeliveryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return TimeSpan.FromSeconds(1) + options.RateWindowSlack;
    }

    /// <summary>
    /// How long this instance waits before draining: until one window after the last drain ended, if another instance
    /// ran it; nothing if this instance did (its own limiter remembers its requests) or nothing is recorded.
    /// </summary>
    public static TimeSpan HandOverWait(string? lastDrainer, string? lastEndedMs, string thisInstance, DateTimeOffset now, TimeSpan window)
    {
        if (string.IsNullOrEmpty(lastDrainer) || lastDrainer == thisInstance
            || !long.TryParse(lastEndedMs, NumberStyles.Integer, CultureInfo.InvariantCulture, out var endedMs))
        {
            return TimeSpan.Zero;
        }

        var wait = DateTimeOffset.FromUnixTimeMilliseconds(endedMs) + window - now;
        // A clock far apart from the other instance's must not stall delivery: never wait more than one window.
        return wait <= TimeSpan.Zero ? TimeSpan.Zero : wait > window ? window : wait;
    }
}
