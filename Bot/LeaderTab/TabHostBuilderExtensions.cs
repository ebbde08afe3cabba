using Microsoft.Extensions.DependencyInjection.Extensions;
using OutcomesBot.Dialogs.Momentum.LeaderTab;

namespace OutcomesBot.Bot.LeaderTab;

public static class TabHostBuilderExtensions
{
    /// <summary>
    /// Registers the leaders' tab: <see cref="TabOptions"/> from "Tab" (validated on start), its sign-in
    /// (<see cref="TabAuthentication"/>) and the readers behind its API. Needs AddBotStorage, AddBotAuthentication,
    /// AddMomentum and AddMyData.
    /// </summary>
    public static IHostApplicationBuilder AddBotLeaderTab(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddValidatedOptions<TabOptions>(TabOptions.Section);
        TabAuthentication.Add(builder);
        builder.Services.TryAddSingleton<MonthlyActivityReader>();
        builder.Services.TryAddSingleton<TeamDashboardReader>();
        builder.Services.TryAddSingleton<PersonalHistoryReader>();
        return builder;
    }
}
