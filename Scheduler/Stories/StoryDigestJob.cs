using System.Globalization;

namespace OutcomesBot.Scheduler.Stories;

/// <summary>A team's weekly story digest; the period ends at the scheduled time, so a refiring finds it done.</summary>
[DisallowConcurrentExecution]
public sealed partial class StoryDigestJob(IServiceScopeFactory scopes, TimeProvider timeProvider, ILogger<StoryDigestJob> logger) : ScopedJob<StoryDigestRunner>(scopes)
{
    public const string TeamIdKey = "teamId";

    protected override async Task RunAsync(StoryDigestRunner work, IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var teamId = context.RequiredString(TeamIdKey);
        var queued = await work.RunAsync(teamId, context.ScheduledFireTimeUtc ?? timeProvider.GetUtcNow(), cancellationToken);
        LogDigest(logger, teamId, queued);
    }

    public static JobKey JobKey(string teamId) => new($"story-digest-{teamId}", "story-digests");

    /// <summary>Schedules the team's digest weekly on <paramref name="day"/> at <paramref name="time"/> in <paramref name="zone"/>.</summary>
    public static async Task ScheduleAsync(IScheduler scheduler, string teamId, DayOfWeek day, TimeOnly time, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        var job = JobBuilder.Create<StoryDigestJob>().WithIdentity(JobKey(teamId)).UsingJobData(TeamIdKey, teamId).Build();
        var trigger = TriggerBuilder.Create()
            .WithIdentity($"story-digest-{teamId}", "story-digests")
            .ForJob(job)
            .WithSchedule(CronScheduleBuilder.Create(string.Create(CultureInfo.InvariantCulture, $"0 {time.Minute} {time.Hour} ? * {(int)day + 1}")).InTimeZone(zone))
            .Build();
        await scheduler.ScheduleJob(job, trigger, new ScheduleJobOptions { Replace = true }, cancellationToken);
    }

    [LoggerMessage(EventId = 6402, Level = LogLevel.Information, Message = "Story digest of team {TeamId}: {Queued} message(s) queued")]
    private static partial void LogDigest(ILogger logger, string teamId, int queued);
}
