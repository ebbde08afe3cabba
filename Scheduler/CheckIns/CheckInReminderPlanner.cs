namespace OutcomesBot.Scheduler.CheckIns;

/// <summary>
/// Queues the reminders that have come due: the configured two per person and cycle, and one at the end of each snooze
/// that ends while the cycle is open (the snooze card promised it; it takes the place of the next planned one, or comes
/// after both). Never once they answered or opted out, and not while they are paused or snoozed
/// (<see cref="CheckInTiming.NextReminder"/>, <see cref="CheckInTiming.SnoozeReminder"/>); none once the team's next
/// cycle opened or its rhythm was switched off, and none to someone no longer in the team's stored roster (their
/// delivery is marked skipped, so they are not looked at again). Each reminder is first counted with a conditional
/// update, so two planners racing queue it once; its outbox key names its number, or the snooze's end, too.
/// </summary>
public sealed partial class CheckInReminderPlanner(
    ICheckInDeliveryStore deliveries,
    ICheckInStore checkIns,
    ITeamStore teams,
    IPersonStore people,
    ITeamRhythmStore rhythms,
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
        var queued = 0;

        // A scan lists every open check-in of a cycle, so the cycle, its reminder card and its team are read or built
        // once per scan, not per person. Check-ins already reminded twice are listed too: a snooze can still be due.
        var cycles = new Dictionary<string, CheckInCycle?>(StringComparer.Ordinal);
        var cards = new Dictionary<string, string>(StringComparer.Ordinal);
        var tenants = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var delivery in await deliveries.ListAwaitingReminderAsync(now, int.MaxValue, cancellationToken))
        {
            if (!cycles.TryGetValue(delivery.CycleId, out var cycle))
            {
                cycles[delivery.CycleId] = cycle = await RemindableCycleAsync(delivery, now, cancellationToken);
            }

            if (cycle is null
                || await DueReminderKindAsync(cycle, delivery, now, cancellationToken) is not { } kind
                || !await IsMemberAsync(delivery, cancellationToken)
                || !await deliveries.TryCountReminderAsync(delivery.CycleId, delivery.PersonId, delivery.RemindersSent, cancellationToken))
            {
                continue;
            }

            if (!tenants.TryGetValue(delivery.TeamId, out var tenantId))
            {
                tenants[delivery.TeamId] = tenantId = (await teams.GetTeamAsync(delivery.TeamId, cancellationToken))?.TenantId ?? string.Empty;
            }

            var reminder = OutboxMessage.Create(CheckInMessages.ReminderCycleId(cycle.CycleId), delivery.PersonId, tenantId, kind, ReminderCard(cards, cycle), now);
            queued += await outbox.EnqueueAsync([reminder], cancellationToken);
        }

        if (queued > 0)
        {
            LogQueued(logger, queued);
        }

        return queued;
    }

    // The delivery's cycle as it stands now (closed early once the team's next cycle opened), or null when the team's
    // rhythm is switched off: then nothing more of that team's goes out.
    private async Task<CheckInCycle?> RemindableCycleAsync(CheckInDelivery delivery, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await checkIns.GetCycleAsync(delivery.CycleId, cancellationToken) is not { } stored
            || await rhythms.GetAsync(delivery.TeamId, cancellationToken) is null)
        {
            return null;
        }

        return await checkIns.AsOfAsync(stored, now, cancellationToken);
    }

    // Someone who left the team is reminded of nothing more in its cycle: their delivery is marked skipped.
    private async Task<bool> IsMemberAsync(CheckInDelivery delivery, CancellationToken cancellationToken)
    {
        if (await teams.HasMemberAsync(people, delivery.TeamId, delivery.PersonId, cancellationToken))
        {
            return true;
        }

        await deliveries.MarkSkippedAsync(delivery.CycleId, delivery.PersonId, cancellationToken);
        return false;
    }

    // Every reminder of a cycle carries the same card, so it is serialised once per scan.
    private static string ReminderCard(Dictionary<string, string> cards, CheckInCycle cycle)
    {
        if (!cards.TryGetValue(cycle.CycleId, out var card))
        {
            cards[cycle.CycleId] = card = CardJson.Serialize(CheckInCards.Form(cycle, notice: ReminderNotice));
        }

        return card;
    }

    // The outbox kind of this person's reminder due by now, or null: the one their snooze promised, once its end has come
    // and it was not queued yet, else the next planned one.
    private async Task<string?> DueReminderKindAsync(CheckInCycle cycle, CheckInDelivery delivery, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stored = await checkIns.GetPreferencesAsync(delivery.PersonId, cancellationToken);
        var preferences = stored with
        {
            RemindersSent = new Dictionary<string, int>(StringComparer.Ordinal) { [delivery.CycleId] = delivery.RemindersSent },
        };
        string? kind = null;
        if (_timing.SnoozeReminder(cycle, delivery.DeliverAt, preferences, answered: false, delivery.PersonTimeZone, delivery.TeamTimeZone) <= now)
        {
            var snoozeKind = CheckInMessages.SnoozeReminderKind(preferences.SnoozedUntil!.Value);
            var key = OutboxMessage.KeyFor(CheckInMessages.ReminderCycleId(cycle.CycleId), delivery.PersonId, snoozeKind);
            kind = await outbox.FindAsync(key, cancellationToken) is null ? snoozeKind : null;
        }

        if (kind is null && _timing.NextReminder(cycle, delivery.DeliverAt, preferences, answered: false, delivery.PersonTimeZone, delivery.TeamTimeZone) <= now)
        {
            kind = CheckInMessages.ReminderKind(delivery.RemindersSent + 1);
        }

        // Whether they answered is read only once a reminder has come due.
        return kind is not null && await checkIns.GetAnswerAsync(delivery.CycleId, delivery.PersonId, cancellationToken) is null ? kind : null;
    }

    [LoggerMessage(EventId = 6012, Level = LogLevel.Information, Message = "{Count} check-in reminders queued")]
    private static partial void LogQueued(ILogger logger, int count);
}
