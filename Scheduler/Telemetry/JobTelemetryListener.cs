namespace OutcomesBot.Scheduler.Telemetry;

/// <summary>Counts every Quartz job run and every failed one, tagged with the job's type (not its key, which may name a team).</summary>
public sealed class JobTelemetryListener : IJobListener
{
    public string Name => nameof(JobTelemetryListener);

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (BotTelemetry.JobRuns.Enabled || BotTelemetry.JobFailures.Enabled)
        {
            var tag = new KeyValuePair<string, object?>(TelemetryTags.JobType, context.JobInstance.GetType().Name);
            BotTelemetry.JobRuns.Add(1, tag);
            if (jobException is not null)
            {
                BotTelemetry.JobFailures.Add(1, tag);
            }
        }

        return ValueTask.CompletedTask;
    }
}
