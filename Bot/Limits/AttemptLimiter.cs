using System.Collections.Concurrent;

namespace OutcomesBot.Bot.Limits;

/// <summary>
/// At most <c>maxAttempts</c> attempts per key in a window that starts at the key's first attempt and lasts
/// <c>window</c>; the next attempt after it starts a new one. Keys are opaque (a hash, never a token or a name). The
/// number of keys tracked is capped: past <c>maxTrackedKeys</c>, finished windows are dropped, then the oldest half, so
/// made-up keys (the only way to fill it) cannot lock real ones out. In memory, per instance. The my-data link's
/// limit (<see cref="PersonalData.DownloadAttemptLimiter"/>) and the picker's name look-ups (<see cref="NamePressLimit"/>) use it.
/// </summary>
public sealed class AttemptLimiter(int maxAttempts, TimeSpan window, int maxTrackedKeys, TimeProvider timeProvider)
{
    private readonly ConcurrentDictionary<string, Attempts> _attempts = new(StringComparer.Ordinal);

    /// <summary>Counts one attempt for the key; false when it is over the limit.</summary>
    public bool TryAcquire(string key)
    {
        var now = timeProvider.GetUtcNow();
        if (!_attempts.ContainsKey(key) && _attempts.Count >= maxTrackedKeys)
        {
            Forget(now);
        }

        var counted = _attempts.AddOrUpdate(
            key,
            _ => new Attempts(now, 1),
            (_, current) => now - current.WindowStart >= window ? new Attempts(now, 1) : current with { Count = current.Count + 1 });
        return counted.Count <= maxAttempts;
    }

    private void Forget(DateTimeOffset now)
    {
        foreach (var (key, attempts) in _attempts)
        {
            if (now - attempts.WindowStart >= window)
            {
                _attempts.TryRemove(key, out _);
            }
        }

        if (_attempts.Count >= maxTrackedKeys)
        {
            foreach (var (key, _) in _attempts.OrderBy(pair => pair.Value.WindowStart).Take(_attempts.Count - (maxTrackedKeys / 2)).ToList())
            {
                _attempts.TryRemove(key, out _);
            }
        }
    }

    private sealed record Attempts(DateTimeOffset WindowStart, int Count);
}
