namespace OutcomesBot.Scheduler.Hosting;

public static class RepeatingJobRegistration
{
    /// <summary>
    /// Registers <typeparamref name="TJob"/> under <paramref name="key"/> with a trigger <c>&lt;name&gt;-trigger</c> in the
    /// same group that fires now and then every <paramref name="interval"/>. Firings missed while the bot was down are
    /// not made up: the next one simply comes at its time, since each run catches up on everything that is due.
    /// </summary>
    public static IQuartzBuilder AddRepeatingJob<TJob>(this IQuartzBuilder quartz, JobKey key, TimeSpan interval)
        where TJob : IJob
    {
        ArgumentNullException.ThrowIfNull(key);
        return quartz.AddDurableJob<TJob>(key, $"{key.Name}-trigger", trigger => trigger
            .StartNow()
            .WithSimpleSchedule(schedule => schedule.WithInterval(interval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
    }

    /// <summary>
    /// Registers <typeparamref name="TJob"/> under <paramref name="key"/> with a trigger <paramref name="triggerName"/> in
    /// the same group that fires on <paramref name="cron"/> (Quartz cron, UTC). A firing missed while the bot was down
    /// runs once on start: the scheduler's default misfire handling for cron triggers is fire-and-proceed.
    /// </summary>
    public static IQuartzBuilder AddUtcCronJob<TJob>(this IQuartzBuilder quartz, JobKey key, string triggerName, string cron)
        where TJob : IJob =>
        quartz.AddDurableJob<TJob>(key, triggerName, trigger => trigger.WithCronSchedule(cron, schedule => schedule.InTimeZone(TimeZoneInfo.Utc)));

    /// <summary>
    /// Registers <typeparamref name="TJob"/> under <paramref name="key"/> with a trigger <c>&lt;name&gt;-on-start</c> that
    /// fires once, as the scheduler starts: for work done once that must not hold start-up up. The job requests recovery,
    /// so a firing cut short by a dead instance of a cluster runs again; the work itself must be safe to repeat.
    /// </summary>
    public static IQuartzBuilder AddJobOnStart<TJob>(this IQuartzBuilder quartz, JobKey key)
        where TJob : IJob
    {
        ArgumentNullException.ThrowIfNull(quartz);
        ArgumentNullException.ThrowIfNull(key);
        quartz.AddJob<TJob>(job => job.WithIdentity(key).StoreDurably().RequestRecovery());
        quartz.AddTrigger(trigger => trigger.ForJob(key).WithIdentity($"{key.Name}-on-start", key.Group).StartNow());
        return quartz;
    }

    private static IQuartzBuilder AddDurableJob<TJob>(this IQuartzBuilder quartz, JobKey key, string triggerName, Action<ITriggerConfigurator<IJob>> schedule)
        where TJob : IJob
    {
        ArgumentNullException.ThrowIfNull(quartz);
        ArgumentNullException.ThrowIfNull(key);
        quartz.AddJob<TJob>(job => job.WithIdentity(key).StoreDurably());
        quartz.AddTrigger(trigger => schedule(trigger.ForJob(key).WithIdentity(triggerName, key.Group)));
        return quartz;
    }
}
