using Microsoft.Data.Sqlite;
using OutcomesBot.Bot.Storage.Sqlite;
using OutcomesBot.Scheduler.Hosting;

namespace OutcomesBot.Bot.Hosting;

public static class SchedulerRegistration
{
    /// <summary>
    /// Runs the scheduler with the host (<see cref="SchedulerHostBuilderExtensions.AddScheduler"/>): its own SQLite file
    /// (<see cref="SchedulerSqliteFile"/>) in <c>Storage:DataDirectory</c>, or clustered PostgreSQL, as
    /// <c>Scheduler:Provider</c> says. Each feature adds its own jobs.
    /// </summary>
    public static IHostApplicationBuilder AddBotScheduler(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<SchedulerSqliteFile>();
        return builder.AddScheduler(provider => SqliteFactory.Instance.CreateDataSource(provider.GetRequiredService<SchedulerSqliteFile>().ConnectionString));
    }
}
