using OutcomesBot.Scheduler.Stories;

namespace OutcomesBot.Bot.Storage.Sqlite;

/// <summary>On SQLite a story's indexes (its author, its take-down mark) are SQL indexes the migrations made: nothing to fill.</summary>
public sealed class SqliteStoryIndexBackfill : IStoryIndexBackfill
{
    public Task<int> RunAsync(CancellationToken cancellationToken) => Task.FromResult(0);
}
