using Microsoft.Extensions.Options;
using OutcomesBot.Dialogs.Champions;
using OutcomesBot.Dialogs.MyData;

namespace OutcomesBot.Scheduler.Retention;

/// <summary>
/// Removes raw answers older than <see cref="RetentionOptions.RawAnswersMonths"/> from every personal-data source, and
/// forgets former champions after <see cref="RetentionOptions.FormerChampionsDays"/> (decision 091), and removes the bare
/// rows "delete my data" kept of a pause that has since ended (decision 093).
/// </summary>
public sealed partial class RetentionPurge(
    IEnumerable<IPersonalDataSource> sources,
    IFormerChampions formerChampions,
    ICheckInStore checkIns,
    IOptions<RetentionOptions> options,
    TimeProvider timeProvider,
    ILogger<RetentionPurge> logger)
{
    public const string FormerChampionsSource = "formerChampions";

    public async Task<IReadOnlyList<RemovedRows>> RunAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var cutoff = now.AddMonths(-options.Value.RawAnswersMonths);
        var removed = new List<RemovedRows>();
        foreach (var source in sources)
        {
            var count = await source.PurgeBeforeAsync(cutoff, cancellationToken);
            removed.Add(new RemovedRows(source.Name, count));
            LogPurged(logger, source.Name, count, cutoff);
        }

        var championsCutoff = now.AddDays(-options.Value.FormerChampionsDays);
        var forgotten = await formerChampions.ForgetOlderThanAsync(championsCutoff, cancellationToken);
        removed.Add(new RemovedRows(FormerChampionsSource, forgotten));
        LogPurged(logger, FormerChampionsSource, forgotten, championsCutoff);

        // A kept pause stopped check-ins until its end and holds nothing else: once it has ended it stops nothing.
        var endedPauses = await checkIns.RemoveEndedKeptPausesAsync(now, cancellationToken);
        LogEndedPauses(logger, endedPauses);
        return removed;
    }

    [LoggerMessage(EventId = 6201, Level = LogLevel.Information, Message = "Retention: {Count} rows older than {Cutoff:O} removed from {Source}")]
    private static partial void LogPurged(ILogger logger, string source, int count, DateTimeOffset cutoff);

    [LoggerMessage(EventId = 6202, Level = LogLevel.Information, Message = "Retention: {Count} kept pauses that had ended removed")]
    private static partial void LogEndedPauses(ILogger logger, int count);
}
