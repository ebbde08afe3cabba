using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Scheduler.Hosting;
using OutcomesBot.Scheduler.CheckIns;
using Quartz;

namespace OutcomesBot.Bot.Tests.MultiInstance;

/// <summary>
/// A Quartz scheduler in the test process on the cluster's PostgreSQL job store, never started: it runs nothing and
/// takes no part in the cluster, but what it schedules is stored where the bots' schedulers find it, as a leader's
/// rhythm saved on one instance is.
/// </summary>
internal sealed class ClusterSchedulerClient(ServiceProvider services, IScheduler scheduler) : IAsyncDisposable
{
    public static async Task<ClusterSchedulerClient> ConnectAsync(string connectionString, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(options =>
            {
                options.InstanceName = SchedulerHostBuilderExtensions.SchedulerName;
                options.InstanceId = "test-client";
            });
            quartz.UsePersistentStore(store =>
            {
                store.UseSystemTextJsonSerializer();
                store.UsePostgres(connectionString);
                store.UseClustering();
            });
        });
        var provider = services.BuildServiceProvider();
        return new ClusterSchedulerClient(provider, await provider.GetRequiredService<ISchedulerFactory>().GetScheduler(cancellationToken));
    }

    /// <summary>Schedules the team's cycle job as the bot does (<see cref="CheckInScheduleService"/>) and answers its cycle key.</summary>
    public async Task<string> ScheduleAsync(CheckInSchedule schedule, CancellationToken cancellationToken)
    {
        var registry = new CheckInScheduleService(services.GetRequiredService<ISchedulerFactory>(), TimeProvider.System, NullLogger<CheckInScheduleService>.Instance);
        await registry.ScheduleAsync(schedule, cancellationToken);
        var job = await scheduler.GetJobDetail(CheckInTriggers.JobKey(schedule.TeamId), cancellationToken);
        return job!.JobDataMap.GetString(CheckInCycleJob.CycleKeyKey)!;
    }

    /// <summary>One firing of the team's cycle job at <paramref name="slot"/>, as its weekly trigger would fire it.</summary>
    public async Task FireAtAsync(string teamId, DateTimeOffset slot, CancellationToken cancellationToken)
    {
        var trigger = TriggerBuilder.Create().WithIdentity($"test-slot:{teamId}", CheckInTriggers.Group).ForJob(CheckInTriggers.JobKey(teamId)).StartAt(slot).Build();
        await scheduler.ScheduleJob(trigger, new ScheduleJobOptions(), cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await scheduler.Shutdown(waitForJobsToComplete: false, CancellationToken.None);
        await services.DisposeAsync();
    }
}
