using OutcomesBot.Dialogs.Stories;

namespace OutcomesBot.Scheduler.Stories;

/// <summary>
/// Every <see cref="StoryTakeDown.FinishLeftEvery"/>, finishes the take-downs a person started and was told to press again
/// for, and never did (decision 087): the same steps as the press, so the post is deleted, the digests that carried the
/// story rebuilt and the story removed. Each run finds what is left, so a missed firing is made up by the next.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class StoryTakeDownFinishJob(StoryTakeDown takeDown, ILogger<StoryTakeDownFinishJob> logger) : SweepJob(logger, LogFinished)
{
    public static readonly JobKey Key = new("story-take-downs-finish", "stories");

    protected override Task<int> SweepAsync(CancellationToken cancellationToken) =>
        takeDown.FinishLeftAsync(cancellationToken);

    [LoggerMessage(EventId = 6405, Level = LogLevel.Information, Message = "Finished {Count} story take-down(s) left half-way")]
    private static partial void LogFinished(ILogger logger, int count);
}
