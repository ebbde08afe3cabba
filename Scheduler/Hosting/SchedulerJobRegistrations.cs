using OutcomesBot.Scheduler.CheckIns;
using OutcomesBot.Scheduler.Momentum;
using OutcomesBot.Scheduler.Reminders;
using OutcomesBot.Scheduler.Retention;
using OutcomesBot.Scheduler.Rosters;
using OutcomesBot.Scheduler.Stories;
using OutcomesBot.Scheduler.Support;
using OutcomesBot.Scheduler.Telemetry;
using OutcomesBot.Scheduler.Turns;

namespace OutcomesBot.Scheduler.Hosting;

/// <summary>
/// Every fixed job and its trigger, one method per job, so that a feature's registration in the host adds its jobs
/// without naming Quartz. Jobs scheduled per team or per set at run time go through ports instead
/// (for example <see cref="Stories.IStoryDigestSchedule"/>).
/// </summary>
public static class SchedulerJobRegistrations
{
    /// <summary>Queues due check-in reminders every <paramref name="scanInterval"/> (<c>CheckInRhythm:ReminderScanInterval</c>).</summary>
    public static IServiceCollection AddCheckInReminderJob(this IServiceCollection services, TimeSpan scanInterval) =>
        services.AddQuartz(quartz => quartz.AddRepeatingJob<CheckInReminderJob>(CheckInReminderJob.Key, scanInterval));

    /// <summary>Queues due saved-exercise reminders every <paramref name="scanInterval"/>.</summary>
    public static IServiceCollection AddSavedExerciseReminderJob(this IServiceCollection services, TimeSpan scanInterval) =>
        services.AddQuartz(quartz => quartz.AddRepeatingJob<SavedExerciseReminderJob>(SavedExerciseReminderJob.Key, scanInterval));

    /// <summary>Drains the outbox every <paramref name="drainInterval"/> (<c>Delivery:DrainInterval</c>).</summary>
    public static IServiceCollection AddDeliveryJob(this IServiceCollection services, TimeSpan drainInterval) =>
        services.AddQuartz(quartz => quartz.AddRepeatingJob<DeliveryJob>(DeliveryJob.Key, drainInterval));

    /// <summary>Samples the outbox depth gauge every <paramref name="interval"/>.</summary>
    public static IServiceCollection AddOutboxDepthJob(this IServiceCollection services, TimeSpan interval) =>
        services.AddQuartz(quartz => quartz.AddRepeatingJob<OutboxDepthJob>(OutboxDepthJob.Key, interval));

    /// <summary>Forgets processed activities past the deduplication window, every minute.</summary>
    public static IServiceCollection AddForgetProcessedActivitiesJob(this IServiceCollection services) =>
        services.AddQuartz(quartz => quartz.AddRepeatingJob<ForgetProcessedActivitiesJob>(ForgetProcessedActivitiesJob.Key, ForgetProcessedActivitiesJob.Interval));

    /// <summary>Forgets the name look-up budgets of people idle for an hour, every minute (decision 098).</summary>
    public static IServiceCollection AddForgetPressBudgetsJob(this IServiceCollection services) =>
        services.AddQuartz(quartz => quartz.AddRepeatingJob<ForgetPressBudgetsJob>(ForgetPressBudgetsJob.Key, ForgetPressBudgetsJob.Interval));

    /// <summary>Purges expired raw answers daily at 02:30 UTC.</summary>
    public static IServiceCollection AddRetentionJob(this IServiceCollection services) =>
        // Daily at 02:30 UTC, a quiet hour for care teams in Europe.
        services.AddQuartz(quartz => quartz.AddUtcCronJob<RetentionJob>(RetentionJob.Key, "raw-answers-retention-daily", "0 30 2 * * ?"));

    /// <summary>Writes the weekly momentum snapshots (<see cref="MomentumSnapshotJob.Cron"/>, UTC).</summary>
    public static IServiceCollection AddMomentumSnapshotJob(this IServiceCollection services) =>
        services.AddQuartz(quartz => quartz.AddUtcCronJob<MomentumSnapshotJob>(MomentumSnapshotJob.Key, "momentum-snapshots-trigger", MomentumSnapshotJob.Cron));

    /// <summary>Finishes story take-downs left half-way every <see cref="Dialogs.Stories.StoryTakeDown.FinishLeftEvery"/> (decision 087).</summary>
    public static IServiceCollection AddStoryTakeDownFinishJob(this IServiceCollection services) =>
        services.AddQuartz(quartz => quartz.AddRepeatingJob<StoryTakeDownFinishJob>(StoryTakeDownFinishJob.Key, Dialogs.Stories.StoryTakeDown.FinishLeftEvery));

    /// <summary>Back-fills the story index rows older stories lack, once as the bot starts (decision 087).</summary>
    public static IServiceCollection AddStoryIndexBackfillJob(this IServiceCollection services) =>
        services.AddQuartz(quartz => quartz.AddJobOnStart<StoryIndexBackfillJob>(StoryIndexBackfillJob.Key));

    /// <summary>Back-fills the list of story offers waiting for offers stored without it, once as the bot starts (decision 105).</summary>
    public static IServiceCollection AddStoryOfferWaitingBackfillJob(this IServiceCollection services) =>
        services.AddQuartz(quartz => quartz.AddJobOnStart<StoryOfferWaitingBackfillJob>(StoryOfferWaitingBackfillJob.Key));

    /// <summary>
    /// Syncs every team's roster daily at <paramref name="at"/> (UTC), and one team on request
    /// (<see cref="IRosterSyncRequests"/>, registered here too).
    /// </summary>
    public static IServiceCollection AddRosterSyncJob(this IServiceCollection services, TimeSpan at)
    {
        services.AddSingleton<IRosterSyncRequests, QuartzRosterSyncRequests>();
        return services.AddQuartz(quartz => quartz.AddUtcCronJob<RosterSyncJob>(RosterSyncJob.Key, "roster-sync-daily", $"0 {at.Minutes} {at.Hours} * * ?"));
    }
}
