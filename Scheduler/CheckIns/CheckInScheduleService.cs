namespace OutcomesBot.Scheduler.CheckIns;

/// <summary>Keeps one durable <see cref="CheckInCycleJob"/> and one trigger per team in Quartz's persistent store.</summary>
public sealed partial class CheckInScheduleService(ISchedulerFactory schedulerFactory, TimeProvider timeProvider, ILogger<CheckInScheduleService> logger)
    : IScheduleRegistry
{
    public async Task<DateTimeOffset> ScheduleAsync(CheckInSchedule schedule, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentException.ThrowIfNullOrWhiteSpace(schedule.TeamId);
        var trigger = CheckInTriggers.Build(schedule, timeProvider.GetUtcNow(), timeProvider);
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);

        // A changed rhythm keeps the team's cycle key, so a slot fired again after the change still names the same cycle.
        var existing = await scheduler.GetJobDetail(CheckInTriggers.JobKey(schedule.TeamId), cancellationToken);
        var cycleKey = existing is not null && existing.JobDataMap.TryGetString(CheckInCycleJob.CycleKeyKey, out var kept) && !string.IsNullOrEmpty(kept)
            ? kept
            : CheckInMessages.NewCycleKey();
        var job = JobBuilder.Create<CheckInCycleJob>()
            .WithIdentity(CheckInTriggers.JobKey(schedule.TeamId))
            .UsingJobData(CheckInCycleJob.TeamIdKey, schedule.TeamId)
            .UsingJobData(CheckInCycleJob.CycleKeyKey, cycleKey)
            // An instance that dies in the middle of the fan-out leaves the firing to another (clustered) instance, or to
            // its own next start; the fan-out queues each member once, whoever runs it.
            .RequestRecovery()
            .Build();
        await scheduler.ScheduleJob(job, trigger, new ScheduleJobOptions { Replace = true }, cancellationToken);
        var next = await GetNextFireTimeAsync(schedule.TeamId, cancellationToken)
            ?? throw new InvalidOperationException($"The check-in cycle of team {schedule.TeamId} has no next fire time.");
        LogScheduled(logger, schedule.TeamId, schedule.Cadence, schedule.TimeZoneId, next);
        return next;
    }

    public async Task<bool> RemoveAsync(string teamId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        return await scheduler.DeleteJob(CheckInTriggers.JobKey(teamId), cancellationToken);
    }

    public async Task<DateTimeOffset?> GetNextFireTimeAsync(string teamId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        var trigger = await scheduler.GetTrigger(CheckInTriggers.TriggerKey(teamId), cancellationToken);
        return trigger?.NextFireTimeUtc;
    }

    [LoggerMessage(EventId = 6002, Level = LogLevel.Information, Message = "Check-in cycle of team {TeamId} scheduled {Cadence} in {TimeZone}; next at {Next:O}")]
    private static partial void LogScheduled(ILogger logger, string teamId, CheckInCadence cadence, string timeZone, DateTimeOffset next);
}
