namespace OutcomesBot.Scheduler.Rosters;

/// <summary>Fires <see cref="RosterSyncJob"/> once, now, for one team.</summary>
public sealed class QuartzRosterSyncRequests(ISchedulerFactory schedulers) : IRosterSyncRequests
{
    public async Task RequestAsync(string teamId, string? installerTeamsUserId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var trigger = TriggerBuilder.Create()
            .ForJob(RosterSyncJob.Key)
            .WithIdentity($"roster-sync-{Guid.NewGuid():N}", "teams")
            .UsingJobData(RosterSyncJob.TeamIdKey, teamId)
            .UsingJobData(RosterSyncJob.InstallerKey, installerTeamsUserId ?? string.Empty)
            .StartNow()
            .Build();
        await scheduler.ScheduleJob(trigger, new ScheduleJobOptions(), cancellationToken);
    }
}
