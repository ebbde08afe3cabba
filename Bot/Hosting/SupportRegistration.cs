using OutcomesBot.Bot.Turns.Support;
using OutcomesBot.Dialogs.Support;
using OutcomesBot.Scheduler.Support;

namespace OutcomesBot.Bot.Hosting;

public static class SupportRegistration
{
    /// <summary>Registers support requests: the dialog, its outbox delivery and its command and buttons (the store is in AddBotStorage).</summary>
    public static IHostApplicationBuilder AddSupport(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddSingleton<SupportPeople>();
        services.AddSingleton<ISupportDelivery, OutboxSupportDelivery>();
        services.AddSingleton<SupportDialog>();
        services.AddSingleton<ITextCommandHandler, SupportCommands>();
        services.AddSingleton<ICardActionHandler, SupportActions>();
        return builder;
    }
}
