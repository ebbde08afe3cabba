namespace OutcomesBot.Scheduler.Delivery;

/// <summary>
/// Limits per tenant and per conversation. A tenant's requests are paced one every <c>window / tenantLimit</c>
/// (never a burst), so no window holds more than the limit, and a request that leaves a little late bunches with one
/// or two others rather than with a whole second's burst. A conversation keeps a sliding-window log (a person gets one
/// message per cycle, so bursts there are rare and short). Each caller reserves the earliest moment that fits both,
/// then waits for it; reservations per tenant are first come, first served.
/// </summary>
public sealed class DeliveryRateLimiter(int tenantLimit, int conversationLimit, TimeSpan window, TimeProvider timeProvider)
{
    private readonly Lock _gate = new();
    private readonly TimeSpan _interval = window / tenantLimit;
    private readonly Dictionary<string, DateTimeOffset> _tenants = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Queue<DateTimeOffset>> _conversations = new(StringComparer.Ordinal);
    private DateTimeOffset _lastPrune = DateTimeOffset.MinValue;

    /// <summary>Waits until one more request to <paramref name="conversationKey"/> in <paramref name="tenantId"/> fits both limits.</summary>
    public Task WaitAsync(string tenantId, string conversationKey, CancellationToken cancellationToken)
    {
        var delay = Reserve(tenantId, conversationKey);
        return delay <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(delay, timeProvider, cancellationToken);
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
