using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace OutcomesBot.Scheduler.Delivery;

/// <summary>
/// Drains the outbox until nothing is left, in its own DI scope. One drain at a time per instance. When the host starts
/// stopping, the drain stops too: sends on the wire finish and are recorded, unsent claims are handed back (see
/// <see cref="DeliveryEngine"/>), and Quartz, which waits for running jobs, is not left waiting for a whole drain.
/// </summary>
[DisallowConcurrentExecution]
public sealed class DeliveryJob(IServiceScopeFactory scopes, IHostApplicationLifetime? lifetime = null) : IJob
{
    public static readonly JobKey Key = new("outbox-drain", "delivery");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var stopping = lifetime?.ApplicationStopping ?? CancellationToken.None;
        using var drain = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, stopping);
        await using var scope = scopes.CreateAsyncScope();
        var engine = scope.ServiceProvider.GetRequiredService<DeliveryEngine>();
        try
        {
            await engine.DrainAsync(drain.Token);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // The host is stopping: what was left is back in the outbox for the next start (or another instance).
        }
    }
}
