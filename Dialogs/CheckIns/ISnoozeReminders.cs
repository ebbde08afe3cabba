namespace OutcomesBot.Dialogs.CheckIns;

/// <summary>
/// What the reminder planner will do when a person's snooze ends, so that the snooze card promises only a reminder that
/// will come. Implemented by the planner itself, from the same reads and the same rule it queues reminders by.
/// </summary>
public interface ISnoozeReminders
{
    /// <summary>
    /// What the person's stored snooze brings for their check-in of the team cycle <paramref name="cycleId"/>, as things
    /// stand now: a reminder and when it comes, or why none will.
    /// </summary>
    Task<SnoozeOutcome> AtSnoozeEndAsync(string cycleId, string personId, CancellationToken cancellationToken);
}
