namespace OutcomesBot.Dialogs.CheckIns;

/// <summary>
/// What a snooze brings for one team check-in (<see cref="ISnoozeReminders"/>): <see cref="At"/> is when the reminder
/// comes (<see cref="SnoozeOutcomeKind.Reminder"/>), when the check-in itself comes
/// (<see cref="SnoozeOutcomeKind.CheckInStillToCome"/>), or when the check-in closes (<see cref="SnoozeOutcomeKind.ClosesFirst"/>).
/// </summary>
public sealed record SnoozeOutcome(SnoozeOutcomeKind Kind, DateTimeOffset? At = null)
{
    /// <summary>
    /// With a <see cref="SnoozeOutcomeKind.Reminder"/>: when the check-in itself still comes, before the reminder, if it
    /// has not been sent yet. A snooze pressed after it was queued does not hold it back (decision 071).
    /// </summary>
    public DateTimeOffset? CheckInAt { get; init; }
}
