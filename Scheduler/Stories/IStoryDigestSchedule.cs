namespace OutcomesBot.Scheduler.Stories;

/// <summary>A team's weekly story digest schedule, as the <c>digest</c> command sets it.</summary>
public interface IStoryDigestSchedule
{
    /// <summary>Sends the team's digest weekly on <paramref name="day"/> at <paramref name="time"/> in <paramref name="zone"/>, replacing any earlier schedule.</summary>
    Task ScheduleWeeklyAsync(string teamId, DayOfWeek day, TimeOnly time, TimeZoneInfo zone, CancellationToken cancellationToken);

    /// <summary>Stops the team's digest; nothing happens when it had none.</summary>
    Task StopAsync(string teamId, CancellationToken cancellationToken);
}
