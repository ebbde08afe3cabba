using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace OutcomesBot.Scheduler.Delivery;

/// <summary>Drains the outbox until nothing is left, in its own DI scope. One drain at a time per instance.</summary>
[DisallowConcurrentExecution]
public sealed class DeliveryJob(IServiceScopeFactory scopes) : IJob
{
    public static readonly JobKey Key = new("outbox-drain", "delivery");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var engine = scope.ServiceProvider.GetRequiredService<DeliveryEngine>();
        await engine.DrainAsync(cancellationToken);
    }
}
