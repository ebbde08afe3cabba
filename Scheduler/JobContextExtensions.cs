using Quartz;

namespace OutcomesBot.Scheduler;

internal static class JobContextExtensions
{
    // A job scheduled per team or per set carries its id in the job data; a job without one was scheduled wrongly.
    public static string RequiredString(this IJobExecutionContext context, string key)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.MergedJobDataMap.GetString(key) ?? throw new JobExecutionException($"Job {context.JobDetail.Key} has no {key}.");
    }
}
