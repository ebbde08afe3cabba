using OutcomesBot.Dialogs.Support;

namespace OutcomesBot.Scheduler.Support;

/// <summary>
/// Every minute, forgets the people whose newest name look-up is an hour old (decision 098): a press older than the
/// longest budget counts for nothing, so the row of someone who has stopped looking names up goes within an hour and a
/// minute of their last look-up, on both backends, and the table holds only the last hour's people.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class ForgetPressBudgetsJob(IPressBudgetStore budgets, TimeProvider timeProvider, ILogger<ForgetPressBudgetsJob> logger) : SweepJob(logger, LogForgotten)
{
    public static readonly JobKey Key = new("press-budgets-forget", "support");

    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    /// <summary>How long a person's presses are kept after their newest: the longest budget's window.</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromHours(1);

    protected override Task<int> SweepAsync(CancellationToken cancellationToken) =>
        budgets.ForgetIdleSinceAsync(timeProvider.GetUtcNow() - KeptFor, cancellationToken);

    [LoggerMessage(EventId = 1461, Level = LogLevel.Information, Message = "Forgot the name look-ups of {Count} people whose newest was an hour ago")]
    private static partial void LogForgotten(ILogger logger, int count);
}
