namespace OutcomesBot.Scheduler.Delivery;

/// <summary>
/// Sliding-window limits per tenant and per conversation. Each caller reserves the earliest moment at which neither
/// window holds its limit of requests, then waits for it. Reservations per tenant are first come, first served, so
/// the tenant's log stays ordered and the check is the time of the request <c>limit</c> places back.
/// </summary>
public sealed class DeliveryRateLimiter(int tenantLimit, int conversationLimit, TimeSpan window, TimeProvider timeProvider)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Queue<DateTimeOffset>> _tenants = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Queue<DateTimeOffset>> _conversations = new(StringComparer.Ordinal);
    private DateTimeOffset _lastPrune = DateTimeOffset.MinValue;

    /// <summary>Waits until one more request to <paramref name="conversationKey"/> in <paramref name="tenantId"/> fits both limits.</summary>
    public Task WaitAsync(string tenantId, string conversationKey, CancellationToken cancellationToken)
    {
        var delay = Reserve(tenantId, conversationKey);
        return delay <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(delay, timeProvider, cancellationToken);
    }

    /// <summary>After a 429 the tenant gives up one slot: the throttled request counted at Teams, so the next ones wait a little longer.</summary>
    public void Penalize(string tenantId)
    {
        lock (_gate)
        {
            var now = timeProvider.GetUtcNow();
            var log = Log(_tenants, tenantId);
            var at = Earliest(log, tenantLimit, now);
            Append(log, tenantLimit, at);
        }
    }

    private TimeSpan Reserve(string tenantId, string conversationKey)
    {
        lock (_gate)
        {
            var now = timeProvider.GetUtcNow();
            PruneConversations(now);
            var tenant = Log(_tenants, tenantId);
            var conversation = Log(_conversations, conversationKey);
            var at = Max(Earliest(tenant, tenantLimit, now), Earliest(conversation, conversationLimit, now));
            Append(tenant, tenantLimit, at);
            Append(conversation, conversationLimit, at);
            return at - now;
        }
    }

    private DateTimeOffset Earliest(Queue<DateTimeOffset> log, int limit, DateTimeOffset now)
    {
        var at = now;
        if (log.Count > 0)
        {
            // First come, first served: never before the last reservation, which keeps the log ordered.
            at = Max(at, log.Last());
        }

        return log.Count < limit ? at : Max(at, log.Peek() + window);
    }

    private static void Append(Queue<DateTimeOffset> log, int limit, DateTimeOffset at)
    {
        log.Enqueue(at);
        while (log.Count > limit)
        {
            log.Dequeue();
        }
    }

    private static Queue<DateTimeOffset> Log(Dictionary<string, Queue<DateTimeOffset>> logs, string key)
    {
        if (!logs.TryGetValue(key, out var log))
        {
            log = new Queue<DateTimeOffset>();
            logs[key] = log;
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
