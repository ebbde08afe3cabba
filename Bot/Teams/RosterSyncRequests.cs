using Quartz;

namespace OutcomesBot.Bot.Teams;

/// <summary>Asks for a team's roster sync to run now, in the background, so that an install turn answers Teams at once.</summary>
public sealed class RosterSyncRequests(ISchedulerFactory schedulers)
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
