using OutcomesBot.Dialogs.MyData;
using OutcomesBot.Scheduler.Retention;
using Quartz;

namespace OutcomesBot.Bot.PersonalData;

public static class PersonalDataHostBuilderExtensions
{
    /// <summary>
    /// Registers people's control of their own data: the export and delete over every <see cref="IPersonalDataSource"/>,
    /// the single-use download links, <see cref="RetentionOptions"/> from "Retention" and <see cref="PublicUrlOptions"/>
    /// from "Bot" (validated on start), and the daily retention job. Needs AddBotStorage and AddBotScheduler.
    /// </summary>
    public static IHostApplicationBuilder AddBotPersonalData(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<PublicUrlOptions>().BindConfiguration(PublicUrlOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpContextAccessor();
        services.AddSingleton<PersonalDataControl>();
        services.AddSingleton<DownloadLinks>();
        services.AddSingleton<DownloadAttemptLimiter>();
        services.AddSingleton<ReadableExport>();
        services.AddSingleton<ReadableExportSource>();
        services.AddScoped<RetentionPurge>();
        services.AddQuartz(quartz =>
        {
            quartz.AddJob<RetentionJob>(job => job.WithIdentity(RetentionJob.Key).StoreDurably());

            // Daily at 02:30 UTC, a quiet hour for care teams in Europe; a run missed while the bot was down runs on start (the scheduler fires and proceeds on misfire).
            quartz.AddTrigger(trigger => trigger
                .ForJob(RetentionJob.Key)
                .WithIdentity("raw-answers-retention-daily", "retention")
                .WithCronSchedule("0 30 2 * * ?", cron => cron.InTimeZone(TimeZoneInfo.Utc)));
        });
        return builder;
    }
}
