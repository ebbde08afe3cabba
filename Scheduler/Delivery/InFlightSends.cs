namespace OutcomesBot.Scheduler.Delivery;

// Counts the sends of one drain that are still waiting for an answer, and wakes the claim loop when one ends, so that
// the loop can keep claiming newly queued messages while a slow send is in flight and stop once none is left.
internal sealed class InFlightSends
{
    private readonly Lock _gate = new();
    private int _count;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Started()
    {
        lock (_gate)
        {
            _count++;
        }
    }

    public void Finished()
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            _count--;
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.TrySetResult();
    }

    /// <summary>A task that ends when a send in flight ends, or null when none is in flight.</summary>
    public Task? NextFinish()
    {
        lock (_gate)
        {
            return _count == 0 ? null : _changed.Task;
        }
    }
}
