using System.Runtime.CompilerServices;

namespace OutcomesBot.Scheduler.Delivery;

// Claims the next batch as soon as the last one is handed out, while its sends are still in flight, so that workers
// never stand idle at a batch boundary. Ends when a claim finds nothing due and no send is in flight. While one is (a
// connector may take up to its timeout to answer), it claims again every DrainInterval: the drain holds the job for
// that long, and DisallowConcurrentExecution keeps any other drain from taking what is queued meanwhile. When the drain
// stops (the enumeration is disposed early), the claimed messages it never handed out are handed back.
internal sealed class OutboxClaimLoop(IOutboxStore outbox, DeliveryOptions options, TimeProvider timeProvider, Func<IEnumerable<OutboxMessage>, Task> handBack)
{
    public async IAsyncEnumerable<OutboxMessage> ClaimWhileDueAsync(InFlightSends inFlight, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (true)
        {
            var now = timeProvider.GetUtcNow();
            var claimed = await outbox.ClaimDueAsync(options.ClaimBatchSize, now, now + options.Lease, cancellationToken);
            if (claimed.Count == 0)
            {
                if (inFlight.NextFinish() is not { } finish)
                {
                    yield break;
                }

                await WaitForFinishOrPollAsync(finish, cancellationToken);
                continue;
            }

            var handedOut = 0;
            try
            {
                foreach (var message in claimed)
                {
                    handedOut++;
                    yield return message;
                }
            }
            finally
            {
                if (handedOut < claimed.Count)
                {
                    await handBack(claimed.Skip(handedOut));
                }
            }
        }
    }

    // When nothing is due now: false if nothing is left, or if the next message is due beyond the next scheduled drain
    // (a check-in for tomorrow morning is left to that drain, so that a drain never runs for days: Quartz waits for
    // running jobs when the host stops); otherwise waits until it is due, at most IdlePoll, and returns true.
    public async Task<bool> WaitForNextDueAsync(CancellationToken cancellationToken)
    {
        if (await outbox.NextDueAtAsync(cancellationToken) is not { } next)
        {
            return false;
        }

        var wait = next - timeProvider.GetUtcNow();
        if (wait > options.DrainInterval)
        {
            return false;
        }

        wait = wait > options.IdlePoll ? options.IdlePoll : wait;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, timeProvider, cancellationToken);
        }

        return true;
    }

    private async Task WaitForFinishOrPollAsync(Task finish, CancellationToken cancellationToken)
    {
        var poll = options.IdlePoll < options.DrainInterval ? options.IdlePoll : options.DrainInterval;
        try
        {
            await finish.WaitAsync(poll, timeProvider, cancellationToken);
        }
        catch (TimeoutException)
        {
            // Time to look for newly queued messages.
        }
    }
}
