namespace OutcomesBot.Bot.Tests.Delivery;

/// <summary>
/// A clock for a machine that stalls: <see cref="Jump"/> moves the time first and only then fires every timer that
/// came due, so all of them wake at once, late (ManualTimeProvider fires each at its own due time instead).
/// </summary>
internal sealed class StallingTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<(DateTimeOffset Due, TimerCallback Callback, object? State)> _timers = [];
    private DateTimeOffset _now = start;

    public int PendingTimers
    {
        get
        {
            lock (_gate)
            {
                return _timers.Count;
            }
        }
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        lock (_gate)
        {
            _timers.Add((_now + dueTime, callback, state));
        }

        return new NoTimer();
    }

    public void Jump(TimeSpan by)
    {
        List<(DateTimeOffset Due, TimerCallback Callback, object? State)> due;
        lock (_gate)
        {
            _now += by;
            due = [.. _timers.Where(timer => timer.Due <= _now).OrderBy(timer => timer.Due)];
            _timers.RemoveAll(timer => timer.Due <= _now);
        }

        foreach (var timer in due)
        {
            timer.Callback(timer.State);
        }
    }

    // Task.Delay only disposes its timer; the list above is all the state there is.
    private sealed class NoTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
