using OutcomesBot.Bot.PersonalData;
using OutcomesBot.Bot.Turns.MyData;
using OutcomesBot.Dialogs.MyData;
using OutcomesBot.Scheduler.Hosting;
using OutcomesBot.Scheduler.Retention;

namespace OutcomesBot.Bot.Hosting;

public static class MyDataRegistration
{
    /// <summary>
    /// Registers people's control of their own data (<c>my data</c>): the command and buttons, the export and delete over
    /// every <see cref="IPersonalDataSource"/>, the single-use download links, <see cref="RetentionOptions"/> from
    /// "Retention" and <see cref="PublicUrlOptions"/> from "Bot" (validated on start), and the daily retention job.
    /// </summary>
    public static IHostApplicationBuilder AddMyData(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddValidatedOptions<RetentionOptions>(RetentionOptions.Section);
        services.AddValidatedOptions<PublicUrlOptions>(PublicUrlOptions.Section);
        services.AddHttpContextAccessor();
        services.AddSingleton<ITextCommandHandler, MyDataCommands>();
        services.AddSingleton<ICardActionHandler, MyDataActions>();
        services.AddSingleton<PersonalDataControl>();
        services.AddSingleton<DownloadLinks>();
        services.AddSingleton<DownloadAttemptLimiter>();
        services.AddSingleton<ReadableExport>();
        services.AddSingleton<ReadableExportSource>();
        services.AddScoped<RetentionPurge>();
        services.AddRetentionJob();
        return builder;
    }
}
