using Microsoft.Extensions.Options;
using OutcomesBot.Bot.Turns.Actions;
using OutcomesBot.Bot.Turns.Reminders;
using OutcomesBot.Dialogs.Exercises.Reminders;
using OutcomesBot.Scheduler.CheckIns;
using OutcomesBot.Scheduler.Delivery;
using OutcomesBot.Scheduler.Reminders;
using Quartz;

namespace OutcomesBot.Bot.Scheduling;

public static class SavedExerciseReminderRegistration
{
    /// <summary>
    /// Registers the one reminder for an exercise saved for later (decision 034): <see cref="SavedExerciseReminderOptions"/>
    /// from "Reminders" (validated on start), its buttons, the send-time check, and a Quartz job that looks for due runs
    /// every <c>CheckInRhythm:ReminderScanInterval</c>. Needs AddBotTurns, AddBotStorage, AddBotScheduler and AddBotDelivery.
    /// </summary>
    public static IHostApplicationBuilder AddBotSavedExerciseReminders(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<SavedExerciseReminderOptions>().BindConfiguration(SavedExerciseReminderOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<SavedExerciseReminderOptions>>().Value);
        services.AddSingleton<ReminderSettingDialog>();
        services.AddSingleton<ICardActionHandler, ReminderActions>();
        services.AddSingleton<SavedExerciseReminderPlanner>();
        services.AddSingleton<IOutboxPrecondition, SavedExerciseReminderPrecondition>();
        var rhythm = builder.Configuration.GetSection(CheckInRhythmOptions.Section).Get<CheckInRhythmOptions>() ?? new CheckInRhythmOptions();
        services.AddQuartz(quartz => quartz.AddRepeatingJob<SavedExerciseReminderJob>(SavedExerciseReminderJob.Key, rhythm.ReminderScanInterval));
        return builder;
    }
}
