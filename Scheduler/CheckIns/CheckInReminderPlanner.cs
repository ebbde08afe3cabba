using Microsoft.Extensions.Logging;
using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.Teams;
using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.Scheduler.CheckIns;

/// <summary>
/// Queues the reminders that have come due: at most the configured two per person and cycle, never once they answered
/// or opted out, and not while they are paused or snoozed (<see cref="CheckInTiming.NextReminder"/>). Each reminder is
/// first counted with a conditional update, so two planners racing queue it once; its outbox key names its number too.
/// </summary>
public sealed partial class CheckInReminderPlanner(
    ICheckInDeliveryStore deliveries,
    ICheckInStore checkIns,
    ITeamStore teams,
    IOutboxStore outbox,
    CheckInOptions options,
    TimeProvider time,
    ILogger<CheckInReminderPlanner> logger)
{
    public const string ReminderNotice = "A gentle reminder: your check-in is still open. It takes a couple of minutes, and you can snooze or pause it below.";

    private readonly CheckInTiming _timing = new(options);

    /// <summary>Queues every reminder due now; returns how many were queued.</summary>
    public async Task<int> QueueDueRemindersAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var maximum = Math.Min(2, options.EffectiveReminderWorkingDays.Count);
        var queued = 0;
        foreach (var delivery in await deliveries.ListAwaitingReminderAsync(now, maximum, cancellationToken))
        {
            if (await DueCycleAsync(delivery, now, cancellationToken) is not { } cycle
                || !await deliveries.TryCountReminderAsync(delivery.CycleId, delivery.PersonId, delivery.RemindersSent, cancellationToken))
            {
                continue;
            }

            var tenantId = (await teams.GetTeamAsync(delivery.TeamId, cancellationToken))?.TenantId ?? string.Empty;
            var card = CardJson.Serialize(CheckInCards.Form(cycle, notice: ReminderNotice));
            var reminder = OutboxMessage.Create(
                CheckInMessages.ReminderCycleId(cycle.CycleId), delivery.PersonId, tenantId, CheckInMessages.ReminderKind(delivery.RemindersSent + 1), card, now);
            queued += await outbox.EnqueueAsync([reminder], cancellationToken);
        }

        if (queued > 0)
        {
            LogQueued(logger, queued);
        }

        return queued;
    }

    // The cycle when this person's next reminder is due by now; null otherwise.
    private async Task<CheckInCycle?> DueCycleAsync(CheckInDelivery delivery, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await checkIns.GetCycleAsync(delivery.CycleId, cancellationToken) is not { } cycle)
        {
            return null;
        }

        var stored = await checkIns.GetPreferencesAsync(delivery.PersonId, cancellationToken);
        var preferences = stored with
        {
            RemindersSent = new Dictionary<string, int>(StringComparer.Ordinal) { [delivery.CycleId] = delivery.RemindersSent },
        };
        var answered = await checkIns.GetAnswerAsync(delivery.CycleId, delivery.PersonId, cancellationToken) is not null;
        var due = _timing.NextReminder(cycle, delivery.DeliverAt, preferences, answered, delivery.PersonTimeZone, delivery.TeamTimeZone);
        return due is { } at && at <= now ? cycle : null;
    }

    [LoggerMessage(EventId = 6012, Level = LogLevel.Information, Message = "{Count} check-in reminders queued")]
    private static partial void LogQueued(ILogger logger, int count);
}
