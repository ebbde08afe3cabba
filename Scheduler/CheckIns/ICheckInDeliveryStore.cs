namespace OutcomesBot.Scheduler.CheckIns;

/// <summary>Keeps who was sent which team check-in and when, so reminders can follow in each person's own time.</summary>
public interface ICheckInDeliveryStore
{
    /// <summary>Adds the deliveries not stored yet (one per cycle and person); returns how many were new.</summary>
    Task<int> AddAsync(IReadOnlyList<CheckInDelivery> deliveries, CancellationToken cancellationToken);

    /// <summary>The delivery of that cycle to that person, or null.</summary>
    Task<CheckInDelivery?> GetAsync(string cycleId, string personId, CancellationToken cancellationToken);

    /// <summary>
    /// Deliveries due by <paramref name="now"/> whose cycle is still open, not skipped, with fewer than
    /// <paramref name="maxReminders"/> reminders, and not answered: the person has no answer to that cycle in the check-in
    /// store (an answer saved a moment ago may still be listed; the delivery engine reads it again before a reminder goes out).
    /// </summary>
    Task<IReadOnlyList<CheckInDelivery>> ListAwaitingReminderAsync(DateTimeOffset now, int maxReminders, CancellationToken cancellationToken);

    /// <summary>
    /// Counts one more reminder only when <paramref name="alreadySent"/> is still the stored count, in one conditional
    /// update: of two planners racing for the same reminder, exactly one gets true.
    /// </summary>
    Task<bool> TryCountReminderAsync(string cycleId, string personId, int alreadySent, CancellationToken cancellationToken);

    /// <summary>
    /// <see cref="TryCountReminderAsync"/> for several deliveries at once, each by its own <see cref="CheckInDelivery.RemindersSent"/>
    /// as listed: a delivery whose stored count has moved on (another planner counted it) or that was skipped since is
    /// left as it is. Returns how many were counted. Each delivery's count is one conditional write of its row, so a
    /// stop part-way leaves every row either counted or not.
    /// </summary>
    Task<int> CountRemindersAsync(IReadOnlyList<CheckInDelivery> reminded, CancellationToken cancellationToken);

    /// <summary>Records that the person's check-in was not sent, so no reminder follows it.</summary>
    Task MarkSkippedAsync(string cycleId, string personId, CancellationToken cancellationToken);
}
