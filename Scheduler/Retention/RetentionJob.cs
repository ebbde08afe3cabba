namespace OutcomesBot.Scheduler.Retention;

/// <summary>The daily retention run, in its own DI scope.</summary>
[DisallowConcurrentExecution]
public sealed class RetentionJob(IServiceScopeFactory scopes) : ScopedJob<RetentionPurge>(scopes)
{
    public static readonly JobKey Key = new("raw-answers-retention", "retention");

    protected override Task RunAsync(RetentionPurge work, IJobExecutionContext context, CancellationToken cancellationToken) =>
        work.RunAsync(cancellationToken);
}
