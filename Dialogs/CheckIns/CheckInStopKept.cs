using OutcomesBot.Dialogs.MyData;

namespace OutcomesBot.Dialogs.CheckIns;

/// <summary>
/// "Stop check-ins" (decision 079) and a running "Pause for 4 weeks" (decision 084) outlive "delete my data": the delete
/// leaves a preferences row with the stop or the pause's end alone (their Teams id, no snooze, reminder count or answer;
/// <see cref="CheckInPreferences.KeptOnDelete"/>). Resume, or typing checkin, ends it; a pause that has ended is not
/// kept and not mentioned.
/// </summary>
public sealed class CheckInStopKept(ICheckInStore store, TimeProvider time) : IKeptStop
{
    public const string Words =
        "a note that you stopped check-ins, so they stay stopped. It holds nothing you wrote. Press **Resume check-ins**, or type **checkin**, to start them again.";

    /// <summary>The words for a kept pause that ends on <paramref name="day"/> (<see cref="Day"/>).</summary>
    public static string PauseWords(string day) =>
        $"a note that you paused check-ins until {day}, so none come before then. It holds nothing you wrote. Press **Resume check-ins**, or type **checkin**, to start them again.";

    public async Task<KeptStop?> DescribeAsync(PersonIdentity person, string? timeZone, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var preferences = await store.GetPreferencesAsync(person.TeamsUserId, cancellationToken);
        return preferences.KeptOnDelete(time.GetUtcNow()) switch
        {
            { OptedOut: true } => new KeptStop(Words, CheckInCards.ResumeButton()),
            { PausedUntil: { } until } => new KeptStop(PauseWords(Day(until, timeZone)), CheckInCards.ResumeButton()),
            _ => null,
        };
    }

    /// <summary>The day a pause ends, as the kept-pause words show it.</summary>
    public static string Day(DateTimeOffset until, string? timeZone) =>
        TimeZoneInfo.ConvertTime(until, CheckInTiming.Zone(timeZone, "Etc/UTC")).ToString("dddd d MMMM", CultureInfo.InvariantCulture);
}
