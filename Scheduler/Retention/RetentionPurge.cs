using Microsoft.Extensions.Options;
using OutcomesBot.Dialogs.MyData;

namespace OutcomesBot.Scheduler.Retention;

/// <summary>Removes raw answers older than <see cref="RetentionOptions.RawAnswersMonths"/> from every personal-data source.</summary>
public sealed partial class RetentionPurge(
    IEnumerable<IPersonalDataSource> sources, IOptions<RetentionOptions> options, TimeProvider timeProvider, ILogger<RetentionPurge> logger)
{
    public async Task<IReadOnlyList<RemovedRows>> RunAsync(CancellationToken cancellationToken)
    {
        var cutoff = timeProvider.GetUtcNow().AddMonths(-options.Value.RawAnswersMonths);
        var removed = new List<RemovedRows>();
        foreach (var source in sources)
        {
            var count = await source.PurgeBeforeAsync(cutoff, cancellationToken);
            removed.Add(new RemovedRows(source.Name, count));
            LogPurged(logger, source.Name, count, cutoff);
        }

        return removed;
    }

    [LoggerMessage(EventId = 6201, Level = LogLevel.Information, Message = "Retention: {Count} rows older than {Cutoff:O} removed from {Source}")]
    private static partial void LogPurged(ILogger logger, string source, int count, DateTimeOffset cutoff);
}
