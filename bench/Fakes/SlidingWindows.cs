namespace OutcomesBot.Fakes;

/// <summary>Teams' limits as a fake enforces them: at most so many requests per tenant, and per conversation, in any window.</summary>
internal sealed class SlidingWindows(int tenantLimit, int conversationLimit, TimeSpan window)
{
    private const string Create = "create";
    private readonly Lock _gate = new();
    private readonly long _window = (long)(window.TotalSeconds * System.Diagnostics.Stopwatch.Frequency);
    private readonly Queue<long> _tenant = new();
    private readonly Dictionary<string, Queue<long>> _conversations = new(StringComparer.Ordinal);

    public ArrivalLog Arrivals { get; } = new();

    public int Violations { get; private set; }

    /// <summary>Counts the request and says whether it fits both limits; a request over a limit still counts, as at Teams.</summary>
    public bool Admit(string? conversationId, long now)
    {
        Arrivals.Add(now);
        var key = conversationId ?? Create;
        lock (_gate)
        {
            Trim(_tenant, now);
            if (!_conversations.TryGetValue(key, out var conversation))
            {
                conversation = new Queue<long>();
                _conversations[key] = conversation;
            }

            Trim(conversation, now);
            _tenant.Enqueue(now);
            conversation.Enqueue(now);
            if (_tenant.Count > tenantLimit || (key != Create && conversation.Count > conversationLimit))
            {
                Violations++;
                return false;
            }

            return true;
        }
    }

    private void Trim(Queue<long> log, long now)
    {
        while (log.Count > 0 && now - log.Peek() >= _window)
        {
            log.Dequeue();
        }
    }
}
