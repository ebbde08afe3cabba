using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Scheduler;
using OutcomesBot.Scheduler.CheckIns;
using Quartz;

namespace OutcomesBot.Bot.Scheduling;

public static class SchedulerHostBuilderExtensions
{
    public const string SchedulerName = "OutcomesBot";

    /// <summary>
    /// Runs Quartz with the host on a persistent store chosen by <c>Scheduler:Provider</c>: SQLite (<c>quartz.db</c> in
    /// <c>Storage:DataDirectory</c>) by default, or clustered PostgreSQL. Quartz's tables are created when missing.
    /// A run of missed slots fires once on start, then the rhythm carries on. Stopping the host waits for running jobs.
    /// Each firing fans the team's check-ins out to the outbox; a job every <c>CheckInRhythm:ReminderScanInterval</c> queues due reminders.
    /// </summary>
    public static IHostApplicationBuilder AddBotScheduler(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<ScheduleOptions>().BindConfiguration(ScheduleOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        // The store is chosen while services are registered, so the section is read here too; the bound copy
        // above is what is validated when the host starts.
        var options = builder.Configuration.GetSection(ScheduleOptions.Section).Get<ScheduleOptions>() ?? new ScheduleOptions();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<QuartzSqliteFile>();
        services.AddSingleton<IScheduleRegistry, CheckInScheduleService>();
        services.AddOptions<CheckInRhythmOptions>().BindConfiguration(CheckInRhythmOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var rhythm = builder.Configuration.GetSection(CheckInRhythmOptions.Section).Get<CheckInRhythmOptions>() ?? new CheckInRhythmOptions();
        services.AddSingleton<CheckInFanOut>();
        services.AddSingleton<CheckInReminderPlanner>();
        services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(scheduler =>
            {
                scheduler.InstanceName = SchedulerName;
                if (options is { Provider: ScheduleProvider.PostgreSQL, InstanceId: { } instanceId })
                {
                    scheduler.InstanceId = instanceId;
                }

                scheduler.IdleWaitTime = options.IdleWaitTime;
                scheduler.DefaultMisfireHandling = DefaultMisfireHandling.FireAndProceed;
            });
            quartz.UseDefaultThreadPool(options.MaxConcurrency);
            quartz.UsePersistentStore(store => ConfigureStore(store, options));
            quartz.AddRepeatingJob<CheckInReminderJob>(CheckInReminderJob.Key, rhythm.ReminderScanInterval);
        });
        if (options.Provider == ScheduleProvider.PostgreSQL)
        {
            services.AddHostedService<ClusterStartLock>();
        }

        services.AddQuartzHostedService(hosted => hosted.WaitForJobsToComplete = true);
        return builder;
    }

    private static void ConfigureStore(IPersistentStoreBuilder store, ScheduleOptions options)
    {
        store.UseSystemTextJsonSerializer();
        store.ConfigureStore(ado => ado.MisfireThreshold = options.MisfireThreshold);
        if (options.CreateSchema)
        {
            store.ProvisionSchema();
        }

        if (options.Provider == ScheduleProvider.PostgreSQL)
        {
            // Resolved when the store first connects, after Scheduler:ConnectionString has been validated.
            store.UsePostgres(dataSource => dataSource.DataSourceFactory = provider =>
                NpgsqlDataSource.Create(provider.GetRequiredService<IOptions<ScheduleOptions>>().Value.ConnectionString!));
            // Another instance's jobs are recovered once it has missed its check-ins for about twice this interval.
            store.UseClustering(cluster =>
            {
                cluster.CheckinInterval = options.ClusterCheckinInterval;
                cluster.CheckinMisfireThreshold = options.ClusterCheckinInterval;
            });
            return;
        }

        store.UseSqlite(dataSource => dataSource.DataSourceFactory = provider =>
            SqliteFactory.Instance.CreateDataSource(provider.GetRequiredService<QuartzSqliteFile>().ConnectionString));
    }
}
