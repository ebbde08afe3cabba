using OutcomesBot.Bot.Graph;
using Quartz;

namespace OutcomesBot.Bot.Teams;

public static class TeamsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the roster sync: Graph (<see cref="GraphServiceCollectionExtensions.AddBotGraph"/>), the connector fallback,
    /// installs for members, permission notices, and a Quartz job that syncs a team after an install and every team daily
    /// at <c>Graph:RosterSyncAt</c> (UTC). Needs AddBotConnector, AddBotStorage, AddBotTurns and AddBotScheduler.
    /// </summary>
    public static IHostApplicationBuilder AddBotTeams(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddBotGraph();
        var at = builder.Configuration.GetSection(GraphOptions.Section).Get<GraphOptions>()?.RosterSyncAt ?? new TimeSpan(3, 0, 0);
        services.AddSingleton<ConnectorRoster>();
        services.AddSingleton<MemberAppInstaller>();
        services.AddSingleton<PermissionNotices>();
        services.AddSingleton<TeamRosterSync>();
        services.AddSingleton<RosterSyncRequests>();
        services.AddQuartz(quartz =>
        {
            quartz.AddJob<RosterSyncJob>(job => job.WithIdentity(RosterSyncJob.Key).StoreDurably());
            quartz.AddTrigger(trigger => trigger
                .ForJob(RosterSyncJob.Key)
                .WithIdentity("roster-sync-daily", "teams")
                .WithCronSchedule($"0 {at.Minutes} {at.Hours} * * ?", cron => cron.InTimeZone(TimeZoneInfo.Utc)));
        });
        return builder;
    }
}
