using OutcomesBot.Bot.Graph;
using OutcomesBot.Bot.Teams;
using OutcomesBot.Scheduler.Hosting;
using OutcomesBot.Scheduler.Rosters;

namespace OutcomesBot.Bot.Hosting;

public static class GraphRegistration
{
    /// <summary>
    /// Registers Microsoft Graph (<see cref="GraphServiceCollectionExtensions.AddBotGraph"/>) and the roster sync it feeds:
    /// the connector fallback, installs for members, permission notices, and a job that syncs a team after an install
    /// and every team daily at <c>Graph:RosterSyncAt</c> (UTC). Needs AddBotConnector, AddBotStorage, AddChampionsAndRoles and AddBotScheduler.
    /// </summary>
    public static IHostApplicationBuilder AddGraphAndRosters(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddBotGraph();
        var at = builder.Configuration.ReadOptions<GraphOptions>(GraphOptions.Section).RosterSyncAt;
        services.AddSingleton<ConnectorRoster>();
        services.AddSingleton<MemberAppInstaller>();
        services.AddSingleton<PermissionNotices>();
        services.AddSingleton<TeamRosterSync>();
        services.AddSingleton<IRosterSync>(provider => provider.GetRequiredService<TeamRosterSync>());
        services.AddRosterSyncJob(at);
        return builder;
    }
}
