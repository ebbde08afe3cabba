namespace OutcomesBot.Scheduler;

/// <summary>
/// A Quartz job that runs one sweep (claims to forget, take-downs to finish, missing index rows to write) and logs how
/// many it handled only when it handled any, so a quiet run leaves no line. Each job keeps its own key, schedule, event
/// id and message, and passes its source-generated log method.
/// </summary>
public abstract class SweepJob(ILogger logger, Action<ILogger, int> logHandled) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var handled = await SweepAsync(cancellationToken);
        if (handled > 0)
        {
            logHandled(logger, handled);
        }
    }

    /// <summary>This firing's sweep; returns how many things it handled.</summary>
    protected abstract Task<int> SweepAsync(CancellationToken cancellationToken);
}
