namespace OutcomesBot.Dialogs.CheckIns;

/// <summary>Keeps each team's check-in cycle in the persistent schedule.</summary>
public interface IScheduleRegistry
{
    /// <summary>Schedules the team's cycle, replacing any earlier rhythm. Returns the next time it fires (UTC).</summary>
    Task<DateTimeOffset> ScheduleAsync(CheckInSchedule schedule, CancellationToken cancellationToken);

    /// <summary>Removes the team's cycle; false when it had none.</summary>
    Task<bool> RemoveAsync(string teamId, CancellationToken cancellationToken);

    /// <summary>When the team's cycle fires next (UTC), or null when it has none.</summary>
    Task<DateTimeOffset?> GetNextFireTimeAsync(string teamId, CancellationToken cancellationToken);
}
