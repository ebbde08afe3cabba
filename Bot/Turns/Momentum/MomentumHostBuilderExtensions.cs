using Microsoft.Extensions.DependencyInjection.Extensions;
using OutcomesBot.Bot.Turns.Actions;
using OutcomesBot.Bot.Turns.Commands;
using OutcomesBot.Dialogs.Momentum;
using OutcomesBot.Dialogs.Momentum.TeamPriorities;
using OutcomesBot.Dialogs.Momentum.YouSaid;
using OutcomesBot.Scheduler.Momentum;
using Quartz;

namespace OutcomesBot.Bot.Turns.Momentum;

public static class MomentumHostBuilderExtensions
{
    /// <summary>
    /// Registers team momentum and "you said, we did": the leader commands and buttons, the outbox delivery of responses, and the weekly snapshot job
    /// (<see cref="MomentumSnapshotJob.Cron"/>, UTC). The stores (snapshots, exercise counts, responses) are
    /// registered by AddBotStorage on the configured backend. Needs AddBotStorage, AddBotTurns, AddBotScheduler and AddBotDelivery.
    /// </summary>
    public static IHostApplicationBuilder AddBotMomentum(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
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
        services.AddQuartz(quartz =>
        {
            // A firing missed while the bot was down runs once on start: the scheduler's default misfire handling is fire-and-proceed.
            quartz.AddJob<MomentumSnapshotJob>(job => job.WithIdentity(MomentumSnapshotJob.Key).StoreDurably());
            quartz.AddTrigger(trigger => trigger
                .ForJob(MomentumSnapshotJob.Key)
                .WithIdentity("momentum-snapshots-trigger", "momentum")
                .WithCronSchedule(MomentumSnapshotJob.Cron, cron => cron.InTimeZone(TimeZoneInfo.Utc)));
        });
        return builder;
    }
}
