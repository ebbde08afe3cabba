namespace OutcomesBot.Scheduler.Delivery;

/// <summary>
/// Limits per tenant and per conversation. A tenant's requests are paced one every <c>window / tenantLimit</c>
/// (never a burst), so no window holds more than the limit, and a request that leaves a little late bunches with one
/// or two others rather than with a whole second's burst. A conversation keeps a sliding-window log (a person gets one
/// message per cycle, so bursts there are rare and short). Each caller reserves the earliest moment that fits both,
/// then waits for it; reservations per tenant are first come, first served. On a busy machine a waiter can wake late
/// and leave together with the ones after it; so a request also checks the tenant's log of actual departures when it
/// wakes, and waits again if that log already holds the limit within the window. The pace keeps the flow smooth; the
/// departure log is what keeps any window within the limit.
/// </summary>
public sealed class DeliveryRateLimiter(int tenantLimit, int conversationLimit, TimeSpan window, TimeProvider timeProvider)
{
    private readonly Lock _gate = new();
    private readonly TimeSpan _interval = window / tenantLimit;
    private readonly Dictionary<string, DateTimeOffset> _tenants = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Queue<DateTimeOffset>> _conversations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Queue<DateTimeOffset>> _departures = new(StringComparer.Ordinal);
    private DateTimeOffset _lastPrune = DateTimeOffset.MinValue;

    /// <summary>Waits until one more request to <paramref name="conversationKey"/> in <paramref name="tenantId"/> fits both limits.</summary>
    public async Task WaitAsync(string tenantId, string conversationKey, CancellationToken cancellationToken)
    {
        var delay = Reserve(tenantId, conversationKey);
        while (true)
        {
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, timeProvider, cancellationToken);
            }

            delay = Depart(tenantId);
            if (delay <= TimeSpan.Zero)
            {
                return;
            }
        }
    }

    // Records the request as leaving now, or says how long to wait until the oldest of the last `limit` departures
    // has left the window.
    private TimeSpan Depart(string tenantId)
    {
        lock (_gate)
        {
            var now = timeProvider.GetUtcNow();
            if (!_departures.TryGetValue(tenantId, out var log))
            {
                log = new Queue<DateTimeOffset>(tenantLimit + 1);
                _departures[tenantId] = log;
            }

            if (log.Count >= tenantLimit && log.Peek() + window > now)
            {
                return log.Peek() + window - now;
            }

            log.Enqueue(now);
            while (log.Count > tenantLimit)
            {
                log.Dequeue();
            }

            return TimeSpan.Zero;
        }
    }

    private TimeSpan Reserve(string tenantId, string conversationKey)
    {
        lock (_gate)
        {
            var now = timeProvider.GetUtcNow();
            PruneConversations(now);
            var conversation = Log(conversationKey);

            // An idle tenant earns no burst: its next slot is now, not a backlog of missed slots.
            var at = Max(now, _tenants.TryGetValue(tenantId, out var next) ? next : now);
            if (conversation.Count >= conversationLimit)
            {
                at = Max(at, conversation.Peek() + window);
            }

            _tenants[tenantId] = at + _interval;
            conversation.Enqueue(at);
            while (conversation.Count > conversationLimit)
            {
                conversation.Dequeue();
            }

            return at - now;
        }
    }

    private Queue<DateTimeOffset> Log(string key)
    {
        if (!_conversations.TryGetValue(key, out var log))
        {
            log = new Queue<DateTimeOffset>();
            _conversations[key] = log;
        }

        return log;
    }

    // One message per person per cycle means thousands of conversation logs; forget those that can no longer limit anyone.
    private void PruneConversations(DateTimeOffset now)
    {
        if (now - _lastPrune < window)
        {
            return;
        }

        _lastPrune = now;
        foreach (var key in _conversations.Where(pair => pair.Value.Last() + window <= now).Select(pair => pair.Key).ToList())
        {
            _conversations.Remove(key);
        }
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
