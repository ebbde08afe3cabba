namespace OutcomesBot.Scheduler.Stories;

/// <summary>One durable <see cref="StoryDigestJob"/> per team, with its weekly cron trigger.</summary>
public sealed class QuartzStoryDigestSchedule(ISchedulerFactory schedulerFactory) : IStoryDigestSchedule
{
    public async Task ScheduleWeeklyAsync(string teamId, DayOfWeek day, TimeOnly time, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        await StoryDigestJob.ScheduleAsync(scheduler, teamId, day, time, zone, cancellationToken);
    }

    public async Task StopAsync(string teamId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        await scheduler.DeleteJob(StoryDigestJob.JobKey(teamId), cancellationToken);
    }
}
