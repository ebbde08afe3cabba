using System.Collections.Concurrent;

namespace OutcomesBot.Bot.Storage.Sqlite;

/// <summary>
/// The activities this process is working on, per SQLite file (decision 042). The file belongs to one process
/// (decisions 004, 022), and an unfinished claim written to it was deleted at the next start anyway, so a claim needs no
/// commit of its own: it is held here, and written once, completed, with the turn's effects. Keyed by the file's path,
/// so two stores opened on one file in one process (tests, a restarted host) see each other's claims.
/// </summary>
internal static class InFlightClaims
{
    private static readonly ConcurrentDictionary<string, ConcurrentDictionary<(string Conversation, string Activity), DateTimeOffset>> Files =
        new(StringComparer.Ordinal);

    /// <summary>
    /// Claims the activity at <paramref name="now"/>; false when a claim made at or after <paramref name="stale"/> holds it.
    /// An older claim (a turn that never finished) is taken over.
    /// </summary>
    public static bool TryClaim(string file, string conversationId, string activityId, DateTimeOffset now, DateTimeOffset stale)
    {
        var claims = For(file);
        var key = (conversationId, activityId);
        while (true)
        {
            if (claims.TryAdd(key, now))
            {
                return true;
            }

            if (!claims.TryGetValue(key, out var claimedAt))
            {
                continue;
            }

            if (claimedAt >= stale)
            {
                return false;
            }

            if (claims.TryUpdate(key, now, claimedAt))
            {
                return true;
            }
        }
    }

    /// <summary>When the activity was claimed, or null when no claim of this process holds it.</summary>
    public static DateTimeOffset? ClaimedAt(string file, string conversationId, string activityId) =>
        For(file).TryGetValue((conversationId, activityId), out var claimedAt) ? claimedAt : null;

    public static void Remove(string file, string conversationId, string activityId) =>
        For(file).TryRemove((conversationId, activityId), out _);

    private static ConcurrentDictionary<(string Conversation, string Activity), DateTimeOffset> For(string file) =>
        Files.GetOrAdd(file, static _ => new());
}
