namespace OutcomesBot.Scheduler.CheckIns;

/// <summary>
/// Queues the reminders that have come due: the configured two per person and cycle, and one at the end of each snooze
/// that ends while the cycle is open (the snooze card promised it; it takes the place of the next planned one, or comes
/// after both). Never once they answered or opted out, and not while they are paused or snoozed
/// (<see cref="CheckInTiming.NextReminder"/>, <see cref="CheckInTiming.SnoozeReminder"/>); none once the team's next
/// cycle opened or its rhythm was switched off. Whether the person answered or is still in the team's stored roster is
/// checked once, just before the reminder goes out (<see cref="CheckInOutboxPrecondition"/>, which marks a leaver's
/// delivery skipped, so they are not looked at again). Each reminder's outbox key names its number, or the snooze's end,
/// and it is counted after with a conditional update, so two planners racing queue it once. The snooze card asks it
/// (<see cref="ISnoozeReminders"/>) what a snooze will bring, so the card and the scan share one rule.
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
    ILogger<CheckInReminderPlanner> logger) : ISnoozeReminders
{
    public const string ReminderNotice = "A gentle reminder: your check-in is still open. It takes a couple of minutes, and you can snooze or pause it below.";

    // Reminders written together: an Azure entity group transaction holds at most 100 rows. The people considered are
    // read together in as many (decision 083).
    private const int WriteTogether = 100;
    private const int ReadTogether = 100;

    private readonly CheckInTiming _timing = new(options);

    /// <summary>Queues every reminder due now; returns how many were queued.</summary>
    public async Task<int> QueueDueRemindersAsync(CancellationToken cancellationToken)
    {
        // A scan lists the open check-ins not answered yet (decision 065: who answered costs the scan nothing), so the
        // cycle, its reminder card and its team are read or built once per scan, not per person. Check-ins already
        // reminded twice are listed too: a snooze can still be due. The preferences of the people it considers are read a
        // hundred at a time (decision 083); the reminders' outbox rows and counts are written a hundred at a time (073).
        var scan = new Scan(time.GetUtcNow());
        var cycles = new Dictionary<string, CheckInCycle?>(StringComparer.Ordinal);
        foreach (var delivery in await deliveries.ListAwaitingReminderAsync(scan.Now, int.MaxValue, cancellationToken))
        {
            if (!cycles.TryGetValue(delivery.CycleId, out var cycle))
            {
                cycles[delivery.CycleId] = cycle = await RemindableCycleAsync(delivery.CycleId, delivery.TeamId, scan.Now, cancellationToken);
            }

            if (cycle is not null)
            {
                scan.Considered.Add((delivery, cycle));
                if (scan.Considered.Count == ReadTogether)
                {
                    await ConsiderAsync(scan, cancellationToken);
                }
            }
        }

        await ConsiderAsync(scan, cancellationToken);
        scan.Queued += await QueueAsync(scan.Due, cancellationToken);
        if (scan.Queued > 0)
        {
            LogQueued(logger, scan.Queued);
        }

        return scan.Queued;
    }

    /// <summary>
    /// What the scan will do at the end of the person's snooze, by its own reads and rule, as things stand now. A
    /// reminder follows only a check-in that was sent or is still to be sent: none when the person has no delivery of the
    /// cycle (they joined the team after it went out) or it was skipped at send time (paused then, for example).
    /// </summary>
    public async Task<SnoozeOutcome> AtSnoozeEndAsync(string cycleId, string personId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var delivery = await deliveries.GetAsync(cycleId, personId, cancellationToken);
        var teamId = delivery?.TeamId ?? (await checkIns.GetCycleAsync(cycleId, cancellationToken))?.TeamId;
        var preferences = await checkIns.GetPreferencesAsync(personId, cancellationToken);
        var reason = preferences.OptedOut ? SnoozeOutcomeKind.OptedOut
            : await checkIns.GetAnswerAsync(cycleId, personId, cancellationToken) is not null ? SnoozeOutcomeKind.Answered
            : teamId is null ? SnoozeOutcomeKind.NotSent
            : !await teams.HasMemberAsync(people, teamId, personId, cancellationToken) ? SnoozeOutcomeKind.NotAMember
            : (SnoozeOutcomeKind?)null;
        if (reason is not null)
        {
            return new SnoozeOutcome(reason.Value);
        }

        if (await RemindableCycleAsync(cycleId, teamId!, now, cancellationToken) is not { } cycle)
        {
            return new SnoozeOutcome(SnoozeOutcomeKind.RhythmOff);
        }

        // The scan lists only deliveries not skipped (ListAwaitingReminderAsync).
        if (delivery is not { Skipped: false })
        {
            return new SnoozeOutcome(SnoozeOutcomeKind.NotSent);
        }

        // A check-in not sent yet goes out at its time whatever the snooze (the send-time check holds back reminders only):
        // with no reminder due it is what comes; with one, it comes first and the reminder at the snooze's end (decision 071).
        return SnoozeDue(cycle, delivery, preferences) is { } due
            ? new SnoozeOutcome(SnoozeOutcomeKind.Reminder, due) { CheckInAt = delivery.DeliverAt > now ? delivery.DeliverAt : null }
            : delivery.DeliverAt > now ? new SnoozeOutcome(SnoozeOutcomeKind.CheckInStillToCome, delivery.DeliverAt)
            : new SnoozeOutcome(SnoozeOutcomeKind.ClosesFirst, cycle.ClosesAt);
    }

    // The cycle as it stands now (closed early once the team's next cycle opened), or null when the team's rhythm is
    // switched off: then nothing more of that team's goes out.
    private async Task<CheckInCycle?> RemindableCycleAsync(string cycleId, string teamId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await checkIns.GetCycleAsync(cycleId, cancellationToken) is not { } stored
            || await rhythms.GetAsync(teamId, cancellationToken) is null)
        {
            return null;
        }

        return await checkIns.AsOfAsync(stored, now, cancellationToken);
    }

    // The check-ins considered since the last call: their people's preferences in one read, then each one's reminder due
    // by now, if any, queued with the scan's others a hundred at a time.
    private async Task ConsiderAsync(Scan scan, CancellationToken cancellationToken)
    {
        if (scan.Considered.Count == 0)
        {
            return;
        }

        var preferences = await checkIns.GetPreferencesAsync([.. scan.Considered.Select(item => item.Delivery.PersonId)], cancellationToken);
        foreach (var (delivery, cycle) in scan.Considered)
        {
            if (await DueReminderKindAsync(cycle, delivery, preferences[delivery.PersonId], scan.Now, cancellationToken) is not { } kind)
            {
                continue;
            }

            if (!scan.Tenants.TryGetValue(delivery.TeamId, out var tenantId))
            {
                scan.Tenants[delivery.TeamId] = tenantId = (await teams.GetTeamAsync(delivery.TeamId, cancellationToken))?.TenantId ?? string.Empty;
            }

            var reminder = OutboxMessage.Create(CheckInMessages.ReminderCycleId(cycle.CycleId), delivery.PersonId, tenantId, kind, ReminderCard(scan.Cards, cycle), scan.Now);
            scan.Due.Add((delivery, reminder));
            if (scan.Due.Count == WriteTogether)
            {
                scan.Queued += await QueueAsync(scan.Due, cancellationToken);
            }
        }

        scan.Considered.Clear();
    }

    // The outbox rows go first, then the counts. Each row's key names its reminder (its number, or its snooze's end), so
    // after a stop between the two the next scan lists the same check-ins with the same counts, queues nothing twice
    // (the keys are there) and counts them then; the other order lost those reminders. Of two planners racing, both
    // queue under the same keys (one row each) and one count wins. Whether the person answered, left the team or paused
    // since is checked again by the delivery engine just before a reminder goes out (CheckInOutboxPrecondition).
    private async Task<int> QueueAsync(List<(CheckInDelivery Delivery, OutboxMessage Reminder)> due, CancellationToken cancellationToken)
    {
        if (due.Count == 0)
        {
            return 0;
        }

        var queued = await outbox.EnqueueAsync([.. due.Select(item => item.Reminder)], cancellationToken);
        await deliveries.CountRemindersAsync([.. due.Select(item => item.Delivery)], cancellationToken);
        due.Clear();
        return queued;
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
    private async Task<string?> DueReminderKindAsync(CheckInCycle cycle, CheckInDelivery delivery, CheckInPreferences stored, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var preferences = stored with
        {
            RemindersSent = new Dictionary<string, int>(StringComparer.Ordinal) { [delivery.CycleId] = delivery.RemindersSent },
        };
        string? kind = null;
        if (SnoozeDue(cycle, delivery, preferences) <= now)
        {
            var snoozeKind = CheckInMessages.SnoozeReminderKind(preferences.SnoozedUntil!.Value);
            var key = OutboxMessage.KeyFor(CheckInMessages.ReminderCycleId(cycle.CycleId), delivery.PersonId, snoozeKind);
            kind = await outbox.FindAsync(key, cancellationToken) is null ? snoozeKind : null;
        }

        if (kind is null && _timing.NextReminder(cycle, delivery.DeliverAt, preferences, answered: false, delivery.PersonTimeZone, delivery.TeamTimeZone) <= now)
        {
            kind = CheckInMessages.ReminderKind(delivery.RemindersSent + 1);
        }

        return kind;
    }

    // When the reminder of the person's snooze is due for this delivery: counted from its arrival, in its zones.
    private DateTimeOffset? SnoozeDue(CheckInCycle cycle, CheckInDelivery delivery, CheckInPreferences preferences) =>
        _timing.SnoozeReminder(cycle, delivery.DeliverAt, preferences, answered: false, delivery.PersonTimeZone, delivery.TeamTimeZone);

    // What one scan has gathered: the check-ins considered whose preferences are still to be read, the reminders still to be
    // written, and what is read or built once per scan.
    private sealed class Scan(DateTimeOffset now)
    {
        public DateTimeOffset Now { get; } = now;

        public List<(CheckInDelivery Delivery, CheckInCycle Cycle)> Considered { get; } = [];

        public List<(CheckInDelivery Delivery, OutboxMessage Reminder)> Due { get; } = [];

        public Dictionary<string, string> Cards { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string> Tenants { get; } = new(StringComparer.Ordinal);

        public int Queued { get; set; }
    }

    [LoggerMessage(EventId = 6012, Level = LogLevel.Information, Message = "{Count} check-in reminders queued")]
    private static partial void LogQueued(ILogger logger, int count);
}
