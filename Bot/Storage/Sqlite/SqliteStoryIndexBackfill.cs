using OutcomesBot.Dialogs.Stories;
using OutcomesBot.Scheduler.Stories;

namespace OutcomesBot.Bot.Storage.Sqlite;

/// <summary>
/// On SQLite a story's indexes (its author, its take-down mark) are SQL indexes the migrations made: nothing to fill, and
/// the author index has held every story since the table was made (its author is a column of the story's own row).
/// </summary>
public sealed class SqliteStoryIndexBackfill : IStoryIndexBackfill, IStoryAuthorIndex
{
    public Task<int> RunAsync(CancellationToken cancellationToken) => Task.FromResult(0);

    public Task<bool> IsWholeAsync(CancellationToken cancellationToken) => Task.FromResult(true);
}
