using System.Collections.Concurrent;

namespace OutcomesBot.Bot.Limits;

/// <summary>
/// At most <c>Max</c> attempts per key in any stretch of <c>Window</c>, for each of several limits at once (decision 089):
/// each key keeps the times of the attempts it was let through within the longest window, and an attempt is let through
/// only when every limit has room at that instant. Unlike a window fixed from a first attempt, there is no edge to burst
/// across: ten at 00:59 leave no room at 01:01. A refused attempt is not recorded, so waiting out the window always works.
/// Keys are opaque; their number is capped as in <see cref="AttemptLimiter"/>. In memory, per instance.
/// </summary>
public sealed class SlidingWindowLimiter
{
    private readonly IReadOnlyList<(int Max, TimeSpan Window)> _limits;
    private readonly TimeSpan _longest;
    private readonly int _maxTrackedKeys;
    private readonly TimeProvider _timeProvider;
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _passed = new(StringComparer.Ordinal);

    public SlidingWindowLimiter(IReadOnlyList<(int Max, TimeSpan Window)> limits, int maxTrackedKeys, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(limits);
        _limits = limits;
        _longest = limits.Max(limit => limit.Window);
        _maxTrackedKeys = maxTrackedKeys;
        _timeProvider = timeProvider;
    }

    /// <summary>Null when the attempt is let through (and recorded); otherwise the index of the first limit with no room.</summary>
    public int? TryAcquire(string key)
    {
        var now = _timeProvider.GetUtcNow();
        if (!_passed.ContainsKey(key) && _passed.Count >= _maxTrackedKeys)
        {
            Forget(now);
        }

        var passed = _passed.GetOrAdd(key, _ => new Queue<DateTimeOffset>());
        lock (passed)
        {
            while (passed.Count > 0 && now - passed.Peek() >= _longest)
            {
                passed.Dequeue();
            }

            for (var i = 0; i < _limits.Count; i++)
            {
                var (max, window) = _limits[i];
                if (passed.Count(at => now - at < window) >= max)
                {
                    return i;
                }
            }

            passed.Enqueue(now);
            return null;
        }
    }

    private void Forget(DateTimeOffset now)
    {
        foreach (var (key, passed) in _passed)
        {
            lock (passed)
            {
                if (passed.Count == 0 || now - passed.Last() >= _longest)
                {
                    _passed.TryRemove(key, out _);
                }
            }
        }

        if (_passed.Count >= _maxTrackedKeys)
        {
            foreach (var key in _passed.OrderBy(pair => Newest(pair.Value)).Take(_passed.Count - (_maxTrackedKeys / 2)).Select(pair => pair.Key).ToList())
            {
                _passed.TryRemove(key, out _);
            }
        }
    }

    private static DateTimeOffset Newest(Queue<DateTimeOffset> passed)
    {
        lock (passed)
        {
            return passed.Count == 0 ? DateTimeOffset.MinValue : passed.Last();
        }
    }
}
