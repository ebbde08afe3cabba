namespace OutcomesBot.Scheduler.LearningSets;

/// <summary>A set's round coming round; the round number follows from the scheduled time, so a refiring repeats nothing.</summary>
[DisallowConcurrentExecution]
public sealed partial class LearningRoundJob(IServiceScopeFactory scopes, TimeProvider timeProvider, ILogger<LearningRoundJob> logger) : ScopedJob<LearningRoundRunner>(scopes)
{
    public const string SetIdKey = "setId";

    protected override async Task RunAsync(LearningRoundRunner work, IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var setId = context.RequiredString(SetIdKey);
        var round = await work.RunAsync(setId, context.SlotFireTimeUtc() ?? timeProvider.GetUtcNow(), cancellationToken);
        LogRound(logger, setId, round);
    }

    [LoggerMessage(EventId = 6401, Level = LogLevel.Information, Message = "Action-learning set {SetId}: round {Round} ran")]
    private static partial void LogRound(ILogger logger, string setId, int round);
}
