namespace OutcomesBot.Scheduler.Momentum;

/// <summary>
/// Once a week, early on Monday (UTC), writes the finished week's momentum snapshot for every team, in its own DI scope.
/// A firing missed while the bot was down runs once on start (the trigger fires and proceeds).
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class MomentumSnapshotJob(IServiceScopeFactory scopes, ILogger<MomentumSnapshotJob> logger) : ScopedJob<MomentumSnapshotWriter>(scopes)
{
    public static readonly JobKey Key = new("momentum-snapshots", "momentum");

    /// <summary>Mondays at 02:00 UTC, after the week has closed everywhere in the UK and Europe.</summary>
    public const string Cron = "0 0 2 ? * MON";

    protected override async Task RunAsync(MomentumSnapshotWriter work, IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var teams = await work.WriteLastWeekAsync(cancellationToken);
        LogWritten(logger, teams);
    }

    [LoggerMessage(EventId = 6301, Level = LogLevel.Information, Message = "Momentum snapshots written for {Teams} teams")]
    private static partial void LogWritten(ILogger logger, int teams);
}
