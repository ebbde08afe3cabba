using OutcomesBot.Bot.Turns.Stories;
using OutcomesBot.Dialogs.MyData;
using OutcomesBot.Dialogs.Stories;
using OutcomesBot.Scheduler.Delivery;
using OutcomesBot.Scheduler.Hosting;
using OutcomesBot.Scheduler.Stories;

namespace OutcomesBot.Bot.Hosting;

public static class StoriesRegistration
{
    /// <summary>
    /// Registers success stories: offering, approving, posting and taking down a story, the <c>story</c>, <c>my stories</c>,
    /// <c>ask me for stories</c> and <c>digest</c> commands with their buttons, and each team's weekly digest (scheduled per team by <c>digest</c>).
    /// </summary>
    public static IHostApplicationBuilder AddStories(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddSingleton<StoryChannels>();
        services.AddSingleton<StoryDialog>();
        services.AddSingleton<StoryOffers>();
        services.AddSingleton<StoryOffersWaiting>();
        services.AddSingleton<IStoryPublisher, OutboxStoryPublisher>();
        services.AddSingleton<IStoryDigests, OutboxStoryDigests>();
        services.AddSingleton<StoryDigestRunner>();
        services.AddSingleton<IOutboxCardRefresh, StoryDigestRefresh>();
        services.AddSingleton<IStoryDigestSchedule, QuartzStoryDigestSchedule>();
        services.AddSingleton<ITextCommandHandler, DigestCommands>();
        services.AddSingleton<ITextCommandHandler, StoryCommands>();
        services.AddSingleton<StoryTakeDown>();
        services.AddStoryTakeDownFinishJob();
        services.AddStoryIndexBackfillJob();
        services.AddStoryOfferWaitingBackfillJob();
        services.AddSingleton<ITextCommandHandler, MyStoriesCommands>();
        services.AddSingleton<StoryAskChoice>();
        services.AddSingleton<IKeptStop, StoryAskStopsKept>();
        services.AddSingleton<ITextCommandHandler, StoryAskCommands>();
        services.AddSingleton<ICardActionHandler, StoryActions>();
        return builder;
    }
}
