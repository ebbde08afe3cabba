namespace OutcomesBot.Scheduler.Telemetry;

/// <summary>
/// Samples the outbox counts for the <c>outcomesbot.outbox.depth</c> gauge, whose callback cannot query a store itself
/// (it is synchronous and runs on the exporter's thread). Scheduled only while telemetry is exported.
/// </summary>
[DisallowConcurrentExecution]
public sealed class OutboxDepthJob(IServiceScopeFactory scopes) : ScopedJob<IOutboxDepth>(scopes)
{
    public static readonly JobKey Key = new("outbox-depth", "telemetry");

    protected override async Task RunAsync(IOutboxDepth work, IJobExecutionContext context, CancellationToken cancellationToken) =>
        BotTelemetry.ReportOutboxDepth(await work.CountByStatusAsync(cancellationToken));
}
