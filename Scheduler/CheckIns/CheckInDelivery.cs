namespace OutcomesBot.Scheduler.CheckIns;

/// <summary>
/// One person's check-in in one team cycle: when it is due in their time zone, and how many reminders have followed.
/// <see cref="Skipped"/> is set when the check-in was not sent (they had paused or stopped by then), so no reminder follows.
/// </summary>
public sealed record CheckInDelivery(
    string CycleId,
    string PersonId,
    string TeamId,
    DateTimeOffset DeliverAt,
    string? PersonTimeZone,
    string TeamTimeZone,
    DateTimeOffset ClosesAt)
{
    public int RemindersSent { get; init; }

    public bool Skipped { get; init; }
}
