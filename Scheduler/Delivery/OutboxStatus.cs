namespace OutcomesBot.Scheduler.Delivery;

/// <summary>Where one outbox message is in its delivery.</summary>
public enum OutboxStatus
{
    Pending,
    Sending,
    Sent,
    Failed,
    Unreachable,
}
