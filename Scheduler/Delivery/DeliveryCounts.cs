namespace OutcomesBot.Scheduler.Delivery;

/// <summary>How a cycle's messages stand, by status: what a leader sees.</summary>
public sealed record DeliveryCounts(int Pending, int Sending, int Sent, int Failed, int Unreachable)
{
    /// <summary>Messages not sent because they were no longer wanted (the person paused, opted out or answered). Not in <see cref="Total"/>.</summary>
    public int Skipped { get; init; }

    public int Total => Pending + Sending + Sent + Failed + Unreachable;

    public static DeliveryCounts From(IReadOnlyDictionary<OutboxStatus, int> byStatus)
    {
        ArgumentNullException.ThrowIfNull(byStatus);
        int Get(OutboxStatus status) => byStatus.TryGetValue(status, out var count) ? count : 0;
        return new(Get(OutboxStatus.Pending), Get(OutboxStatus.Sending), Get(OutboxStatus.Sent), Get(OutboxStatus.Failed), Get(OutboxStatus.Unreachable))
        {
            Skipped = Get(OutboxStatus.Skipped),
        };
    }
}
