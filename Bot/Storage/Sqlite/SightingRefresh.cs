namespace OutcomesBot.Bot.Storage.Sqlite;

/// <summary>
/// How stale a conversation's <c>updated_at</c> or a person's <c>last_seen_at</c> may get before a turn that changes
/// nothing else rewrites the row (decision 029). Those times only order a person's rows and conversations ("the most
/// recent"), for which a quarter of an hour is fine; rewriting them on every turn cost a WAL append per turn.
/// </summary>
internal static class SightingRefresh
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(15);
}
