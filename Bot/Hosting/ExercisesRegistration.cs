using OutcomesBot.Bot.Delivery;
using OutcomesBot.Bot.Turns.EntrySharing;
using OutcomesBot.Bot.Turns.Exercises;
using OutcomesBot.Bot.Turns.Reminders;
using OutcomesBot.Dialogs.Exercises.Sharing;
using OutcomesBot.Dialogs.Exercises;
using OutcomesBot.Dialogs.Exercises.Reminders;
using OutcomesBot.Scheduler.CheckIns;
using OutcomesBot.Scheduler.Delivery;
using OutcomesBot.Scheduler.EntrySharing;
using OutcomesBot.Scheduler.Hosting;
using OutcomesBot.Scheduler.Reminders;
using OutcomesBot.Scheduler.Sharing;

namespace OutcomesBot.Bot.Hosting;

public static class ExercisesRegistration
{
    /// <summary>
    /// Registers the guide's exercises: every exercise in <see cref="ExerciseCatalog.All"/>, the engine, its command and
    /// buttons; sharing a summary to a channel; sending one entry to one person (with its "it arrived" follow-up); and the
    /// one reminder for an exercise saved for later (decision 034): <see cref="SavedExerciseReminderOptions"/> from
    /// "Reminders" (validated on start), its buttons, the send-time check, and a job that looks for due runs every
    /// <c>CheckInRhythm:ReminderScanInterval</c>.
    /// </summary>
    public static IHostApplicationBuilder AddExercises(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
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
        services.AddSingleton<EntryShareDialog>();
        services.AddSingleton<ICardActionHandler, EntryShareActions>();
        services.AddSingleton<IOutboxFollowUp, EntryShareDeliveredFollowUp>();
        services.AddValidatedOptions<SavedExerciseReminderOptions>(SavedExerciseReminderOptions.Section);
        services.AddOptionsValue<SavedExerciseReminderOptions>();
        services.AddSingleton<ReminderSettingDialog>();
        services.AddSingleton<ICardActionHandler, ReminderActions>();
        services.AddSingleton<SavedExerciseReminderPlanner>();
        services.AddSingleton<IOutboxPrecondition, SavedExerciseReminderPrecondition>();
        var rhythm = builder.Configuration.ReadOptions<CheckInRhythmOptions>(CheckInRhythmOptions.Section);
        services.AddSavedExerciseReminderJob(rhythm.ReminderScanInterval);
        return builder;
    }
}
