using OutcomesBot.Bot.Turns.Teams;
using OutcomesBot.Dialogs.Champions;

namespace OutcomesBot.Bot.Hosting;

public static class ChampionsRegistration
{
    /// <summary>
    /// Registers roles and champions: <see cref="RoleOptions"/> from "Roles", who leads a team
    /// (<see cref="TeamRoles"/>), and the <c>champions</c> command and buttons.
    /// </summary>
    public static IHostApplicationBuilder AddChampionsAndRoles(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<RoleOptions>().BindConfiguration(RoleOptions.Section);
        services.AddOptionsValue<RoleOptions>();
        services.AddSingleton<TeamRoles>();
        services.AddSingleton<ChampionNaming>();
        services.AddSingleton<ChampionReturns>();
        services.AddSingleton<ChampionsWaiting>();
        services.AddSingleton<ITextCommandHandler, ChampionCommands>();
        services.AddSingleton<ICardActionHandler, ChampionActions>();
        return builder;
    }
}
