using OutcomesBot.Dialogs.Exercises.Sharing;

namespace OutcomesBot.Scheduler.Delivery;

/// <summary>
/// Takes down a channel post queued in the outbox, whatever its kind (an exercise share, a story): a pending row is
/// cancelled so it never goes, a row being sent asks for another press, a sent one is deleted from the channel (or
/// replaced by <c>tombstone</c> where the channel cannot delete).
/// </summary>
public static class ChannelPostWithdrawal
{
    public const string WithdrawnCode = "Withdrawn";

    public static async Task<WithdrawOutcome> WithdrawAsync(
        IOutboxStore outbox, IChannelPostRemover remover, string idempotencyKey, string tombstoneCardJson, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outbox);
        ArgumentNullException.ThrowIfNull(remover);
        var message = await outbox.FindAsync(idempotencyKey, cancellationToken);
        if (message is { Status: OutboxStatus.Pending })
        {
            if (await outbox.CancelPendingAsync(idempotencyKey, WithdrawnCode, cancellationToken))
            {
                return WithdrawOutcome.Stopped;
            }

            message = await outbox.FindAsync(idempotencyKey, cancellationToken);
        }

        return message switch
        {
            { Status: OutboxStatus.Sending } => WithdrawOutcome.InFlight,
            { Status: OutboxStatus.Sent } => await remover.RemoveAsync(message, tombstoneCardJson, cancellationToken) ? WithdrawOutcome.Removed : WithdrawOutcome.NotFound,
            _ => WithdrawOutcome.NotFound,
        };
    }
}
