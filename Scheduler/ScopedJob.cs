namespace OutcomesBot.Scheduler;

/// <summary>
/// A Quartz job whose work is one scoped service, resolved in a DI scope of its own for each firing, so scoped stores
/// never outlive the firing.
/// </summary>
public abstract class ScopedJob<TWork>(IServiceScopeFactory scopes) : IJob
    where TWork : notnull
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await RunAsync(scope.ServiceProvider.GetRequiredService<TWork>(), context, cancellationToken);
    }

    /// <summary>This firing's work, given the service from this firing's scope.</summary>
    protected abstract Task RunAsync(TWork work, IJobExecutionContext context, CancellationToken cancellationToken);
}
