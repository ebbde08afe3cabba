namespace OutcomesBot.Scheduler.Retention;

/// <summary>The daily retention run, in its own DI scope.</summary>
[DisallowConcurrentExecution]
public sealed class RetentionJob(IServiceScopeFactory scopes) : IJob
{
    public static readonly JobKey Key = new("raw-answers-retention", "retention");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RetentionPurge>().RunAsync(cancellationToken);
    }
}
