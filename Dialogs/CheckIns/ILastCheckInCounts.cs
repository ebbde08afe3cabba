namespace OutcomesBot.Dialogs.CheckIns;

/// <summary>The delivery counts of a team's latest check-in cycle, for the leader's rhythm card.</summary>
public interface ILastCheckInCounts
{
    /// <summary>The counts of the team's most recent cycle that has deliveries, or null when none has gone out yet.</summary>
    Task<CheckInCycleCounts?> GetAsync(string teamId, CancellationToken cancellationToken);
}
