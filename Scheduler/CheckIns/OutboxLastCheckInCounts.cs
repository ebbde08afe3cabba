namespace OutcomesBot.Scheduler.CheckIns;

/// <summary>
/// The rhythm card's counts, read from the outbox for the team's last scheduled cycle that has closed. A closed cycle's
/// counts no longer move: counts of the cycle still open would let a leader watch one member's check-in go out, be
/// skipped or be answered, and so learn what that person did (decision 054).
/// </summary>
public sealed class OutboxLastCheckInCounts(ICheckInStore checkIns, IOutboxStore outbox, TimeProvider time) : ILastCheckInCounts
{
    /// <summary>How far back a closed cycle is looked for; older counts say little about how check-ins reach the team now.</summary>
    public const int LookBackDays = 92;

    public async Task<CheckInCycleCounts?> GetAsync(string teamId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (await checkIns.FindLastClosedTeamCycleAsync(teamId, now.AddDays(-LookBackDays), now, cancellationToken) is not { } cycle)
        {
            return null;
        }

        var counts = await outbox.CountAsync(cycle.CycleId, cancellationToken);
        return new CheckInCycleCounts(counts.Sent, counts.Pending + counts.Sending, counts.Unreachable, counts.Failed, counts.Skipped);
    }
}
