using OutcomesBot.Bot.Turns.Actions;
using OutcomesBot.Bot.Turns.Commands;
using OutcomesBot.Dialogs.Support;
using OutcomesBot.Scheduler.Support;

namespace OutcomesBot.Bot.Turns.Support;

public static class SupportServiceCollectionExtensions
{
    /// <summary>Registers support requests: the dialog, its outbox delivery and its command and buttons (the store is in AddBotStorage).</summary>
    public static IServiceCollection AddBotSupport(this IServiceCollection services)
    {
        services.AddSingleton<SupportPeople>();
        services.AddSingleton<ISupportDelivery, OutboxSupportDelivery>();
        services.AddSingleton<SupportDialog>();
        services.AddSingleton<ITextCommandHandler, SupportCommands>();
        services.AddSingleton<ICardActionHandler, SupportActions>();
        return services;
    }
}
