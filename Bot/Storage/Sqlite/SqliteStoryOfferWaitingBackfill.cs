using OutcomesBot.Scheduler.Stories;

namespace OutcomesBot.Bot.Storage.Sqlite;

/// <summary>
/// On SQLite the offers waiting are read from the offers themselves (an index of the undecided rows, decision 101): every
/// offer ever stored is listed while it waits, so there is nothing to fill (decision 105).
/// </summary>
public sealed class SqliteStoryOfferWaitingBackfill : IStoryOfferWaitingBackfill
{
    public Task<int> RunAsync(CancellationToken cancellationToken) => Task.FromResult(0);
}
