using OutcomesBot.Bot.Turns.CheckIns;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.MyData;
using OutcomesBot.Scheduler.CheckIns;
using OutcomesBot.Scheduler.Delivery;
using OutcomesBot.Scheduler.Hosting;

namespace OutcomesBot.Bot.Hosting;

public static class CheckInsRegistration
{
    /// <summary>
    /// Registers check-ins with the team rhythm, in one place: <see cref="CheckInOptions"/> from "CheckIns" and
    /// <see cref="CheckInRhythmOptions"/> from "CheckInRhythm" (validated on start); the check-in dialog, command and
    /// buttons, and the stop "delete my data" keeps (<see cref="CheckInStopKept"/>); the rhythm dialog and its turns; the
    /// per-team cycle schedule, the fan-out to the outbox, the send-time check, and a job that queues due reminders every <c>CheckInRhythm:ReminderScanInterval</c>; the reminder planner
    /// also answers the snooze card (<see cref="ISnoozeReminders"/>).
    /// </summary>
    public static IHostApplicationBuilder AddCheckIns(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddValidatedOptions<CheckInOptions>(CheckInOptions.Section);
        services.AddOptionsValue<CheckInOptions>();
        services.AddSingleton<CheckInDialog>();
        services.AddSingleton<IKeptStop, CheckInStopKept>();
        services.AddSingleton<ITextCommandHandler, CheckInCommands>();
        services.AddSingleton<ICardActionHandler, CheckInActions>();
        services.AddSingleton<TeamRhythmDialog>();
        services.AddSingleton<ILastCheckInCounts, OutboxLastCheckInCounts>();
        services.AddSingleton<TeamRhythmTurns>();
        services.AddSingleton<ITextCommandHandler>(provider => provider.GetRequiredService<TeamRhythmTurns>());
        services.AddSingleton<ICardActionHandler>(provider => provider.GetRequiredService<TeamRhythmTurns>());
        services.AddValidatedOptions<CheckInRhythmOptions>(CheckInRhythmOptions.Section);
        services.AddSingleton<IScheduleRegistry, CheckInScheduleService>();
        services.AddSingleton<CheckInFanOut>();
        services.AddSingleton<CheckInReminderPlanner>();
        services.AddSingleton<ISnoozeReminders>(provider => provider.GetRequiredService<CheckInReminderPlanner>());
        services.AddSingleton<IOutboxPrecondition, CheckInOutboxPrecondition>();
        var rhythm = builder.Configuration.ReadOptions<CheckInRhythmOptions>(CheckInRhythmOptions.Section);
        services.AddCheckInReminderJob(rhythm.ReminderScanInterval);
        return builder;
    }
}
