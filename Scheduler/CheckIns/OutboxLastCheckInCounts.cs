namespace OutcomesBot.Scheduler.CheckIns;

/// <summary>The rhythm card's counts, read from the team's latest cycle in the outbox.</summary>
public sealed class OutboxLastCheckInCounts(ICheckInDeliveryStore deliveries, IOutboxStore outbox) : ILastCheckInCounts
{
    public async Task<CheckInCycleCounts?> GetAsync(string teamId, CancellationToken cancellationToken)
    {
        if (await deliveries.LatestCycleIdAsync(teamId, cancellationToken) is not { } cycleId)
        {
            return null;
        }

        var counts = await outbox.CountAsync(cycleId, cancellationToken);
        return new CheckInCycleCounts(counts.Sent, counts.Pending + counts.Sending, counts.Unreachable, counts.Failed, counts.Skipped);
    }
}
