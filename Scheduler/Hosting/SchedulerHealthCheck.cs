using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OutcomesBot.Scheduler.Hosting;

/// <summary>
/// Readiness of Quartz: the bot's scheduler is started, not in standby or shut down, and its job store answers (one
/// read of the trigger groups from SQLite or PostgreSQL).
/// </summary>
public sealed partial class SchedulerHealthCheck(ISchedulerFactory schedulers, ILogger<SchedulerHealthCheck> logger) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var scheduler = await schedulers.GetScheduler(cancellationToken);
            if (await scheduler.GetStatus(cancellationToken) != SchedulerStatus.Running)
            {
                return HealthCheckResult.Unhealthy("the scheduler is not running");
            }

            await scheduler.GetTriggerGroupNames(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogUnready(exception.GetType().Name, exception);
            return HealthCheckResult.Unhealthy("the scheduler's store is not answering");
        }
    }

    [LoggerMessage(EventId = 4111, Level = LogLevel.Warning, Message = "Readiness: the scheduler is not answering ({ExceptionType})")]
    private partial void LogUnready(string exceptionType, Exception exception);
}
