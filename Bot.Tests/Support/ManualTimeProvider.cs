namespace OutcomesBot.Bot.Tests.Support;

/// <summary>
/// A clock that moves only when a test calls <see cref="Advance"/>. Timers created through it fire during
/// Advance, in due order, so code that waits through TimeProvider (Polly delays, timeouts) runs without real waiting.
/// </summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<ManualTimer> _timers = [];
    private readonly List<(Func<TimeSpan, bool> Match, TaskCompletionSource<TimeSpan> Found)> _waiters = [];
    private DateTimeOffset _now = start;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Completes with the time left on the first pending timer that <paramref name="match"/> accepts.</summary>
    public Task<TimeSpan> WaitForTimerAsync(Func<TimeSpan, bool> match, CancellationToken cancellationToken)
    {
        var found = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            foreach (var timer in _timers)
            {
                if (timer.DueAt is { } due && match(due - _now))
                {
                    return Task.FromResult(due - _now);
                }
            }

            _waiters.Add((match, found));
        }

        return found.Task.WaitAsync(cancellationToken);
    }

    public void Advance(TimeSpan by)
    {
        DateTimeOffset target;
        lock (_gate)
        {
            target = _now + by;
        }

        while (NextDue(target) is { } timer)
        {
            timer.Fire();
        }

        lock (_gate)
        {
            _now = target;
        }
    }

    private ManualTimer? NextDue(DateTimeOffset target)
    {
        lock (_gate)
        {
            var next = _timers.Where(t => t.DueAt is { } due && due <= target).MinBy(t => t.DueAt);
            if (next is not null)
            {
                _now = next.DueAt!.Value;
                next.Reschedule(_now);
            }

            return next;
        }
    }

    private sealed class ManualTimer(ManualTimeProvider clock, TimerCallback callback, object? state) : ITimer
    {
        private TimeSpan _period = Timeout.InfiniteTimeSpan;

        public DateTimeOffset? DueAt { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (clock._gate)
            {
                _period = period;
                DueAt = dueTime == Timeout.InfiniteTimeSpan ? null : clock._now + dueTime;
                if (!clock._timers.Contains(this))
                {
                    clock._timers.Add(this);
                }

                if (DueAt is { } due)
                {
                    foreach (var waiter in clock._waiters.Where(w => w.Match(due - clock._now)).ToList())
                    {
                        clock._waiters.Remove(waiter);
                        waiter.Found.TrySetResult(due - clock._now);
                    }
                }
            }

            return true;
        }

        public void Fire() => callback(state);

        public void Reschedule(DateTimeOffset firedAt) =>
            DueAt = _period > TimeSpan.Zero && _period != Timeout.InfiniteTimeSpan ? firedAt + _period : null;

        public void Dispose()
        {
            lock (clock._gate)
            {
                DueAt = null;
                clock._timers.Remove(this);
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
