using OutcomesBot.Bot.Turns.Actions;
using OutcomesBot.Dialogs.Exercises.Sharing;
using OutcomesBot.Scheduler.Delivery;
using OutcomesBot.Scheduler.EntrySharing;

namespace OutcomesBot.Bot.Turns.EntrySharing;

public static class EntrySharingServiceCollectionExtensions
{
    /// <summary>Registers "send this entry to one person": the dialog, its buttons and the "it arrived" follow-up (the store is in AddBotStorage; delivery is support's).</summary>
    public static IServiceCollection AddBotEntrySharing(this IServiceCollection services)
    {
        services.AddSingleton<EntryShareDialog>();
        services.AddSingleton<ICardActionHandler, EntryShareActions>();
        services.AddSingleton<IOutboxFollowUp, EntryShareDeliveredFollowUp>();
        return services;
    }
}
