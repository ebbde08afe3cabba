using OutcomesBot.Bot.Turns.Momentum;
using OutcomesBot.Dialogs.Momentum;
using OutcomesBot.Dialogs.Momentum.TeamPriorities;
using OutcomesBot.Dialogs.Momentum.YouSaid;
using OutcomesBot.Scheduler.Hosting;
using OutcomesBot.Scheduler.Momentum;

namespace OutcomesBot.Bot.Hosting;

public static class MomentumRegistration
{
    /// <summary>
    /// Registers team momentum with "you said, we did" and the team's priorities: the leader commands and buttons, the
    /// outbox delivery of responses, and the weekly snapshot job (<see cref="MomentumSnapshotJob.Cron"/>, UTC). The stores
    /// are registered by AddBotStorage on the configured backend.
    /// </summary>
    public static IHostApplicationBuilder AddMomentum(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddSingleton<IYouSaidDelivery, OutboxYouSaidDelivery>();
        services.AddSingleton<MomentumCalculator>();
        services.AddSingleton<MomentumView>();
        services.AddSingleton<MomentumDialog>();
        services.AddSingleton<CycleThemesReader>();
        services.AddSingleton<YouSaidDialog>();
        services.AddSingleton<MomentumSnapshotWriter>();
        services.AddSingleton<ITextCommandHandler, LeaderCommands>();
        services.AddSingleton<ICardActionHandler, LeaderActions>();
        services.AddSingleton<TeamPrioritiesDialog>();
        services.AddSingleton<ICardActionHandler, TeamPrioritiesActions>();
        services.AddMomentumSnapshotJob();
        return builder;
    }
}
