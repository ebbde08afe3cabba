namespace OutcomesBot.Scheduler.CheckIns;

/// <summary>
/// Outbox kinds and cycle ids of check-in messages. Reminders go in the outbox under their own cycle id, so a
/// cycle's counts (what a leader sees) are of check-ins only, one per person.
/// </summary>
public static class CheckInMessages
{
    public const string CheckInKind = "checkin";
    private const string ReminderPrefix = "checkin-reminder-";
    private const string ReminderCycleSuffix = "/reminders";

    public static string ReminderKind(int number) => ReminderPrefix + number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static bool IsCheckIn(string kind) => kind == CheckInKind || IsReminder(kind);

    public static bool IsReminder(string kind) => kind.StartsWith(ReminderPrefix, StringComparison.Ordinal);

    public static string ReminderCycleId(string cycleId) => cycleId + ReminderCycleSuffix;

    /// <summary>The check-in cycle an outbox message of either kind belongs to.</summary>
    public static string CheckInCycleId(string outboxCycleId)
    {
        ArgumentNullException.ThrowIfNull(outboxCycleId);
        return outboxCycleId.EndsWith(ReminderCycleSuffix, StringComparison.Ordinal) ? outboxCycleId[..^ReminderCycleSuffix.Length] : outboxCycleId;
    }

    /// <summary>The cycle id of a team's firing: the same team and slot always give the same id, so a repeated firing opens no second cycle.</summary>
    public static string CycleId(string teamId, DateTimeOffset scheduledFor) =>
        $"team:{teamId}:{scheduledFor.ToUniversalTime():yyyyMMdd'T'HHmm'Z'}";
}
