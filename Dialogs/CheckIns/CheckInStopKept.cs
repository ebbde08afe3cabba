using OutcomesBot.Dialogs.MyData;

namespace OutcomesBot.Dialogs.CheckIns;

/// <summary>
/// "Stop check-ins" outlives "delete my data" (decision 079): the delete removes the person's preferences with the rest,
/// and they got the team's next check-in as soon as they messaged the bot again. What stays is a preferences row with
/// the stop alone (their Teams id, no pause, snooze, reminder count or answer). Resume, or typing checkin, ends it.
/// </summary>
public sealed class CheckInStopKept(ICheckInStore store) : IKeptStop
{
    public const string Words =
        "a note that you stopped check-ins, so they stay stopped. It holds nothing you wrote. Press **Resume check-ins**, or type **checkin**, to start them again.";

    public async Task<string?> DescribeAsync(PersonIdentity person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        return (await store.GetPreferencesAsync(person.TeamsUserId, cancellationToken)).OptedOut ? Words : null;
    }

    public Task KeepAsync(PersonIdentity person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        return store.SavePreferencesAsync(new CheckInPreferences(person.TeamsUserId) { OptedOut = true }, cancellationToken);
    }
}
