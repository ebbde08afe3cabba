namespace OutcomesBot.Scheduler.Telemetry;

/// <summary>
/// Samples the outbox counts for the <c>outcomesbot.outbox.depth</c> gauge, whose callback cannot query a store itself
/// (it is synchronous and runs on the exporter's thread). Scheduled only while telemetry is exported.
/// </summary>
[DisallowConcurrentExecution]
public sealed class OutboxDepthJob(IServiceScopeFactory scopes) : IJob
{
    public static readonly JobKey Key = new("outbox-depth", "telemetry");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var depth = scope.ServiceProvider.GetRequiredService<IOutboxDepth>();
        BotTelemetry.ReportOutboxDepth(await depth.CountByStatusAsync(cancellationToken));
    }
}
