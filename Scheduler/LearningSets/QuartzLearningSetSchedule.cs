using OutcomesBot.Dialogs.LearningSets;

namespace OutcomesBot.Scheduler.LearningSets;

/// <summary>
/// One Quartz trigger per set: every 7 or 14 days at the set's local time (kept across daylight-saving changes), from
/// the first round to the firing that closes the last one.
/// </summary>
public sealed class QuartzLearningSetSchedule(ISchedulerFactory schedulerFactory, LearningRoundRunner runner) : ILearningSetSchedule
{
    public Task RunRoundNowAsync(LearningSet set, int round, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(set);
        return runner.RunAsync(set.SetId, set.RoundAt(round), cancellationToken);
    }

    public async Task EndAsync(LearningSet set, bool byStarter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(set);
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);

        // The job is not durable, so it goes with its trigger; a firing already running finds the set ended and stops.
        await scheduler.DeleteJob(JobKey(set.SetId), cancellationToken);
        await runner.EndAsync(set, byStarter, cancellationToken);
    }

    public async Task ScheduleAsync(LearningSet set, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(set);
        var job = JobBuilder.Create<LearningRoundJob>()
            .WithIdentity(JobKey(set.SetId))
            .UsingJobData(LearningRoundJob.SetIdKey, set.SetId)
            .RequestRecovery()
            .Build();
        var trigger = TriggerBuilder.Create()
            .WithIdentity($"learning-set-{set.SetId}", "learning-sets")
            .ForJob(job)
            .StartAt(set.FirstRoundAt)
            .EndAt(set.RoundAt(set.Rounds + 1).AddHours(2))
            .WithCalendarIntervalSchedule(schedule => schedule
                .WithInterval(set.IntervalDays, IntervalUnit.Day)
                .InTimeZone(TimeZoneInfo.FindSystemTimeZoneById(set.TimeZoneId))
                .PreserveHourOfDayAcrossDaylightSavings(true))
            .Build();
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        await scheduler.ScheduleJob(job, trigger, new ScheduleJobOptions { Replace = true }, cancellationToken);
    }

    public static JobKey JobKey(string setId) => new($"learning-set-{setId}", "learning-sets");
}
