using System.Data.Common;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Npgsql;
using OutcomesBot.Scheduler.Telemetry;

namespace OutcomesBot.Scheduler.Hosting;

public static class SchedulerHostBuilderExtensions
{
    public const string SchedulerName = "OutcomesBot";

    /// <summary>
    /// Runs Quartz with the host on a persistent store chosen by <c>Scheduler:Provider</c>: SQLite (the file the host opens
    /// with <paramref name="sqliteDataSource"/>, so that only the host knows SQLite) by default, or clustered PostgreSQL. Quartz's
    /// tables are created when missing. A run of missed slots fires once on start, then the rhythm carries on. Stopping
    /// the host waits for running jobs. Every job run is counted (<see cref="JobTelemetryListener"/>). The jobs themselves
    /// are added by each feature's registration (<see cref="SchedulerJobRegistrations"/>).
    /// </summary>
    public static IHostApplicationBuilder AddScheduler(this IHostApplicationBuilder builder, Func<IServiceProvider, DbDataSource> sqliteDataSource)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(sqliteDataSource);
        var services = builder.Services;
        services.AddOptions<ScheduleOptions>().BindConfiguration(ScheduleOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        // The store is chosen while services are registered, so the section is read here too; the bound copy
        // above is what is validated when the host starts.
        var options = builder.Configuration.GetSection(ScheduleOptions.Section).Get<ScheduleOptions>() ?? new ScheduleOptions();
        services.TryAddSingleton(TimeProvider.System);
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
            quartz.UsePersistentStore(store => ConfigureStore(store, options, sqliteDataSource));
            quartz.AddJobListener<JobTelemetryListener>();
        });
        if (options.Provider == ScheduleProvider.PostgreSQL)
        {
            services.AddHostedService<ClusterStartLock>();
        }

        services.AddQuartzHostedService(hosted => hosted.WaitForJobsToComplete = true);
        return builder;
    }

    private static void ConfigureStore(IPersistentStoreBuilder store, ScheduleOptions options, Func<IServiceProvider, DbDataSource> sqliteDataSource)
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

        store.UseSqlite(dataSource => dataSource.DataSourceFactory = sqliteDataSource);
    }
}
