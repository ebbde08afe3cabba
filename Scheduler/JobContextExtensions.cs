using System.Globalization;

namespace OutcomesBot.Scheduler;

internal static class JobContextExtensions
{
    // A job scheduled per team or per set carries its id in the job data; a job without one was scheduled wrongly.
    public static string RequiredString(this IJobExecutionContext context, string key)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.MergedJobDataMap.GetString(key) ?? throw new JobExecutionException($"Job {context.JobDetail.Key} has no {key}.");
    }

    // A recovering firing (the instance that ran the job died in the middle) stands for the firing it replaces: the
    // same scheduled time, so the same cycle or round, not one named after the moment of recovery.
    public static DateTimeOffset? SlotFireTimeUtc(this IJobExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Recovering
            && context.MergedJobDataMap.TryGetString(SchedulerConstants.FailedJobOriginalTriggerScheduledFireTime, out var text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var scheduled)
            ? scheduled
            : context.ScheduledFireTimeUtc;
    }

    // The slot after this one: a recovery trigger fires once, so the next slot is the original trigger's.
    public static async Task<DateTimeOffset?> NextSlotFireTimeUtcAsync(this IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Recovering || context.RecoveringTriggerKey is not { } original)
        {
            return context.NextFireTimeUtc;
        }

        return (await context.Scheduler.GetTrigger(original, cancellationToken))?.NextFireTimeUtc;
    }
}
