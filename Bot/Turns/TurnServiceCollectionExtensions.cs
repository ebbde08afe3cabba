using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OutcomesBot.Bot.Delivery;
using OutcomesBot.Bot.Scheduling;
using OutcomesBot.Bot.Turns.Actions;
using OutcomesBot.Bot.Turns.CheckIns;
using OutcomesBot.Bot.Turns.Commands;
using OutcomesBot.Bot.Turns.Events;
using OutcomesBot.Bot.Turns.Exercises;
using OutcomesBot.Bot.Turns.LearningSets;
using OutcomesBot.Bot.Turns.MyData;
using OutcomesBot.Bot.Turns.Stories;
using OutcomesBot.Bot.Turns.Teams;
using OutcomesBot.Dialogs.Champions;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.Exercises;
using OutcomesBot.Dialogs.Exercises.Sharing;
using OutcomesBot.Dialogs.LearningSets;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.Stories;
using OutcomesBot.Scheduler.CheckIns;
using OutcomesBot.Scheduler.Delivery;
using OutcomesBot.Scheduler.LearningSets;
using OutcomesBot.Scheduler.Sharing;
using OutcomesBot.Scheduler.Stories;
using Quartz;

namespace OutcomesBot.Bot.Turns;

public static class TurnServiceCollectionExtensions
{
    /// <summary>Registers the /api/messages pipeline: request reading, routing and the built-in handlers.</summary>
    public static IServiceCollection AddBotTurns(this IServiceCollection services)
    {
        services.AddOptions<TurnOptions>().BindConfiguration(TurnOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ActivityRequestReader>();
        services.AddSingleton<ConversationTracker>();
        services.AddSingleton<ConversationEvents>();
        services.AddSingleton<PersonalChatHandoff>();
        services.AddSingleton<WelcomeAudience>();
        services.AddSingleton<TextCommandDispatcher>();
        services.AddSingleton<CardActionDispatcher>();
        services.AddSingleton<ActivityRouter>();
        services.AddSingleton<TurnClaims>();
        services.AddSingleton<MessagesEndpointHandler>();
        services.AddQuartz(quartz => quartz.AddRepeatingJob<ForgetProcessedActivitiesJob>(ForgetProcessedActivitiesJob.Key, ForgetProcessedActivitiesJob.Interval));
        services.AddOptions<RoleOptions>().BindConfiguration(RoleOptions.Section);
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<RoleOptions>>().Value);
        services.AddSingleton<TeamRoles>();
        services.AddSingleton<ChampionNaming>();
        services.AddSingleton<ITextCommandHandler, ChampionCommands>();
        services.AddSingleton<ICardActionHandler, ChampionActions>();
        services.AddSingleton<ITextCommandHandler, WelcomeCommands>();
        services.AddSingleton<ICardActionHandler, WelcomeActions>();
        foreach (var exercise in ExerciseCatalog.All)
        {
            services.AddSingleton(exercise);
        }

        services.AddSingleton<ExerciseEngine>();
        services.AddSingleton<ExerciseSharing>();
        services.AddSingleton<IShareDestinations, ChannelShareDestinations>();
        services.AddSingleton<ISummaryPublisher, OutboxSummaryPublisher>();
        services.AddSingleton<IChannelPostRemover, ConnectorChannelPostRemover>();
        services.AddSingleton<ITextCommandHandler, ExerciseCommands>();
        services.AddSingleton<ICardActionHandler, ExerciseActions>();
        services.AddOptions<CheckInOptions>().BindConfiguration(CheckInOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<CheckInOptions>>().Value);
        services.AddSingleton<CheckInDialog>();
        services.AddSingleton<ITextCommandHandler, CheckInCommands>();
        services.AddSingleton<ICardActionHandler, CheckInActions>();
        services.AddSingleton<ITextCommandHandler, MyDataCommands>();
        services.AddSingleton<ICardActionHandler, MyDataActions>();
        services.AddSingleton<TeamRhythmDialog>();
        services.AddSingleton<ILastCheckInCounts, OutboxLastCheckInCounts>();
        services.AddSingleton<TeamRhythmTurns>();
        services.AddSingleton<ITextCommandHandler>(provider => provider.GetRequiredService<TeamRhythmTurns>());
        services.AddSingleton<ICardActionHandler>(provider => provider.GetRequiredService<TeamRhythmTurns>());
        services.AddSingleton<StoryChannels>();
        services.AddSingleton<StoryDialog>();
        services.AddSingleton<StoryOffers>();
        services.AddSingleton<IPersonalCards, OutboxPersonalCards>();
        services.AddSingleton<IStoryPublisher, OutboxStoryPublisher>();
        services.AddSingleton<StoryDigestRunner>();
        services.AddSingleton<ITextCommandHandler, DigestCommands>();
        services.AddSingleton<ITextCommandHandler, StoryCommands>();
        services.AddSingleton<StoryTakeDown>();
        services.AddSingleton<ITextCommandHandler, MyStoriesCommands>();
        services.AddSingleton<ICardActionHandler, StoryActions>();
        services.AddOptions<LearningSetOptions>().BindConfiguration(LearningSetOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<LearningSetOptions>>().Value);
        services.AddSingleton<ITeamTimeZone, RhythmTeamTimeZone>();
        services.AddSingleton<LearningSetDialog>();
        services.AddSingleton<ILearningSetSchedule, QuartzLearningSetSchedule>();
        services.AddSingleton<LearningRoundRunner>();
        services.AddSingleton<LearningSetWelcome>();
        services.AddSingleton<LearningSetFirstRound>();
        services.AddSingleton<ILearningRoundSummaries, OutboxLearningRoundSummaries>();
        services.AddSingleton<LearningAnswerWithdrawal>();
        services.AddSingleton<ITextCommandHandler, LearningSetCommands>();
        services.AddSingleton<ICardActionHandler, LearningSetActions>();
        return services;
    }

    /// <summary>Maps POST /api/messages, the endpoint Teams (and the Agents Playground) posts activities to.</summary>
    public static IEndpointRouteBuilder MapBotMessages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/messages", (HttpContext http, MessagesEndpointHandler handler) => handler.HandleAsync(http));
        return endpoints;
    }
}
