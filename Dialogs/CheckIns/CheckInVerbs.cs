using OutcomesBot.Dialogs.Welcome;

namespace OutcomesBot.Dialogs.CheckIns;

/// <summary>The Action.Execute verbs of the check-in cards and the data keys they carry.</summary>
public static class CheckInVerbs
{
    public const string Open = WelcomeVerbs.OpenCheckIn;
    public const string Submit = "checkin.submit";
    public const string Snooze = "checkin.snooze";
    public const string Pause = "checkin.pause";
    public const string OptOut = "checkin.optout";
    public const string Resume = "checkin.resume";

    public const string CycleKey = "cycle";
    public const string SnoozeKey = "snooze";
    public const string SnoozeHours = "hours";
    public const string SnoozeTomorrow = "tomorrow";

    public static bool IsCheckInVerb(string verb) => verb is Open or Submit or Snooze or Pause or OptOut or Resume;
}
