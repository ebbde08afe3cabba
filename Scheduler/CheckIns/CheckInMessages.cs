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

    /// <summary>
    /// The kind of the reminder a snooze promised, named by when the snooze ends: a repeated scan finds it queued, and a
    /// later snooze (another end) reminds again.
    /// </summary>
    public static string SnoozeReminderKind(DateTimeOffset snoozedUntil) =>
        ReminderPrefix + "snooze-" + snoozedUntil.ToUniversalTime().ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    public static bool IsCheckIn(string kind) => kind == CheckInKind || IsReminder(kind);

    public static bool IsReminder(string kind) => kind.StartsWith(ReminderPrefix, StringComparison.Ordinal);

    public static string ReminderCycleId(string cycleId) => cycleId + ReminderCycleSuffix;

    /// <summary>The check-in cycle an outbox message of either kind belongs to.</summary>
    public static string CheckInCycleId(string outboxCycleId)
    {
        ArgumentNullException.ThrowIfNull(outboxCycleId);
        return outboxCycleId.EndsWith(ReminderCycleSuffix, StringComparison.Ordinal) ? outboxCycleId[..^ReminderCycleSuffix.Length] : outboxCycleId;
    }

    /// <summary>
    /// The cycle id of a team's firing: the same team, slot and <paramref name="cycleKey"/> always give the same id, so a
    /// repeated firing opens no second cycle. The key is a random secret kept with the team's Quartz job
    /// (<see cref="CheckInCycleJob.CycleKeyKey"/>), so knowing a team's id and its rhythm is not enough to name one of
    /// its cycles on a card: the id ends in an HMAC of team and slot under that key.
    /// </summary>
    public static string CycleId(string teamId, DateTimeOffset scheduledFor, string cycleKey)
    {
        ArgumentNullException.ThrowIfNull(teamId);
        ArgumentException.ThrowIfNullOrEmpty(cycleKey);
        var slot = scheduledFor.ToUniversalTime().ToString("yyyyMMdd'T'HHmm'Z'", System.Globalization.CultureInfo.InvariantCulture);
        var mac = System.Security.Cryptography.HMACSHA256.HashData(System.Text.Encoding.UTF8.GetBytes(cycleKey), System.Text.Encoding.UTF8.GetBytes(teamId + "|" + slot));
        return $"team:{teamId}:{slot}:{Convert.ToHexStringLower(mac, 0, 16)}";
    }

    /// <summary>A new random cycle key (256 bits) for a team's job.</summary>
    public static string NewCycleKey() => Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
}
