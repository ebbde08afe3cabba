using System.Collections.Concurrent;

namespace OutcomesBot.Bot.PersonalData;

/// <summary>
/// Rate limit of the "my data" link, per token: at most <see cref="MaxAttempts"/> requests (landing page and
/// download together) per <see cref="Window"/>. Keyed by the token's hash, so no token is held in memory. The number
/// of tokens tracked is capped: past the cap, finished windows are dropped, then the oldest half. Made-up tokens (the
/// only way to fill it) must not lock real links out, and a real token is 256 random bits that nobody can guess, so
/// forgetting its count costs nothing.
/// </summary>
public sealed class DownloadAttemptLimiter(TimeProvider timeProvider)
{
    public const int MaxAttempts = 5;
    public const int MaxTrackedTokens = 10_000;
    public static readonly TimeSpan Window = DownloadLinks.Lifetime;

    private readonly ConcurrentDictionary<string, Attempts> _attempts = new(StringComparer.Ordinal);

    /// <summary>Counts one request for the token; false when it is over the limit.</summary>
    public bool TryAcquire(string tokenHash)
    {
        var now = timeProvider.GetUtcNow();
        if (!_attempts.ContainsKey(tokenHash) && _attempts.Count >= MaxTrackedTokens)
        {
            foreach (var (key, attempts) in _attempts)
            {
                if (now - attempts.WindowStart >= Window)
                {
                    _attempts.TryRemove(key, out _);
                }
            }

            if (_attempts.Count >= MaxTrackedTokens)
            {
                foreach (var (key, _) in _attempts.OrderBy(pair => pair.Value.WindowStart).Take(_attempts.Count - (MaxTrackedTokens / 2)).ToList())
                {
                    _attempts.TryRemove(key, out _);
                }
            }
        }

        var counted = _attempts.AddOrUpdate(
            tokenHash,
            _ => new Attempts(now, 1),
            (_, current) => now - current.WindowStart >= Window ? new Attempts(now, 1) : current with { Count = current.Count + 1 });
        return counted.Count <= MaxAttempts;
    }

    private sealed record Attempts(DateTimeOffset WindowStart, int Count);
}
