namespace OutcomesBot.Dialogs.CheckIns;

/// <summary>Whether a snooze brings a reminder, and if not, why not.</summary>
public enum SnoozeOutcomeKind
{
    /// <summary>A reminder comes at the snooze's end, moved into allowed hours.</summary>
    Reminder,

    /// <summary>The check-in has not reached the person yet and comes after the snooze ends: it is the reminder.</summary>
    CheckInStillToCome,

    /// <summary>The check-in closes before the reminder could come.</summary>
    ClosesFirst,

    OptedOut,

    Answered,

    NotAMember,

    /// <summary>The leader switched the team's check-ins off: nothing more of the team's goes out.</summary>
    RhythmOff,

    /// <summary>The check-in was never sent to the person (skipped at send time, or they joined after it went out): reminders follow only a sent one.</summary>
    NotSent,
}
