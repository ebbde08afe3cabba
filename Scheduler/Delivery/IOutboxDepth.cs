namespace OutcomesBot.Scheduler.Delivery;

/// <summary>How many outbox messages stand in each status, for the outbox depth metric.</summary>
public interface IOutboxDepth
{
    /// <summary>Every message counted by status; a status with no message may be missing.</summary>
    Task<IReadOnlyDictionary<OutboxStatus, int>> CountByStatusAsync(CancellationToken cancellationToken);
}
