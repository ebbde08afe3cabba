namespace OutcomesBot.Dialogs.CheckIns;

/// <summary>How often a team's check-in comes round.</summary>
public enum CheckInCadence
{
    Weekly,
    Fortnightly,

    /// <summary>The first chosen weekday of each month.</summary>
    Monthly,
}
