namespace OutcomesBot.Scheduler.CheckIns;

/// <summary>Records each check-in cycle that fired. Later issues replace "record" with the delivery fan-out.</summary>
public interface ICheckInCycleLog
{
    /// <summary>Stores one firing; a repeated <see cref="CheckInCycleFiring.FireInstanceId"/> (a recovered firing) is stored once.</summary>
    Task RecordAsync(CheckInCycleFiring firing, CancellationToken cancellationToken);

    /// <summary>The firings recorded for a team, oldest first.</summary>
    Task<IReadOnlyList<CheckInCycleFiring>> ListAsync(string teamId, CancellationToken cancellationToken);
}
