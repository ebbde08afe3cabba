using OutcomesBot.Bot.Limits;
using OutcomesBot.Bot.Turns.Support;
using OutcomesBot.Dialogs.Support;
using OutcomesBot.Scheduler.Hosting;
using OutcomesBot.Scheduler.Support;

namespace OutcomesBot.Bot.Hosting;

public static class SupportRegistration
{
    /// <summary>
    /// Registers support requests: the dialog, its outbox delivery, the limit on name look-ups and its command and buttons
    /// (the store is in AddBotStorage).
    /// </summary>
    public static IHostApplicationBuilder AddSupport(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddSingleton<SupportPeople>();

        // One budget of name look-ups per person for the support picker and the entry share's (decision 082), in the store
        // (decision 098), and the job that forgets it an hour after a person's last look-up.
        services.AddSingleton<INamePressLimit, NamePressLimit>();
        services.AddForgetPressBudgetsJob();
        services.AddSingleton<ISupportDelivery, OutboxSupportDelivery>();
        services.AddSingleton<SupportDialog>();
        services.AddSingleton<ITextCommandHandler, SupportCommands>();
        services.AddSingleton<ICardActionHandler, SupportActions>();
        return builder;
    }
}
