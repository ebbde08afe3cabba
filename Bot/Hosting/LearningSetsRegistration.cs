using OutcomesBot.Bot.Turns.LearningSets;
using OutcomesBot.Dialogs.LearningSets;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Scheduler.Delivery;
using OutcomesBot.Scheduler.LearningSets;

namespace OutcomesBot.Bot.Hosting;

public static class LearningSetsRegistration
{
    /// <summary>
    /// Registers action-learning sets: <see cref="LearningSetOptions"/> from "LearningSets" (validated on start), the
    /// dialog, the <c>learning set</c> command and buttons, the rounds (one schedule per set) and their summaries.
    /// </summary>
    public static IHostApplicationBuilder AddLearningSets(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddValidatedOptions<LearningSetOptions>(LearningSetOptions.Section);
        services.AddOptionsValue<LearningSetOptions>();
        services.AddSingleton<ITeamTimeZone, RhythmTeamTimeZone>();
        services.AddSingleton<LearningSetDialog>();
        services.AddSingleton<ILearningSetSchedule, QuartzLearningSetSchedule>();
        services.AddSingleton<LearningRoundRunner>();
        services.AddSingleton<IOutboxCardRefresh, LearningSummaryRefresh>();
        services.AddSingleton<LearningSetEndWords>();
        services.AddSingleton<IOutboxFollowUp, LearningRoundPostedFollowUp>();
        services.AddSingleton<IOutboxCardRefresh, LearningWordsWithoutThread>();
        services.AddSingleton<LearningSetWelcome>();
        services.AddSingleton<LearningSetEndNotice>();
        services.AddSingleton<LearningSetFirstRound>();
        services.AddSingleton<LearningSetEnding>();
        services.AddSingleton<LearningSetEndList>();
        services.AddSingleton<ILearningRoundSummaries, OutboxLearningRoundSummaries>();
        services.AddSingleton<LearningAnswerWithdrawal>();
        services.AddSingleton<LearningRoundHeadcount>();
        services.AddSingleton<ITextCommandHandler, LearningSetCommands>();
        services.AddSingleton<ICardActionHandler, LearningSetActions>();
        return builder;
    }
}
