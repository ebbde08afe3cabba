namespace OutcomesBot.Scheduler.Delivery;

/// <summary>Where one outbox message is in its delivery.</summary>
public enum OutboxStatus
{
    Pending,
    Sending,
    Sent,
    Failed,
    Unreachable,

    /// <summary>Not sent because it was no longer wanted when its time came (see <see cref="IOutboxPrecondition"/>).</summary>
    Skipped,
}
