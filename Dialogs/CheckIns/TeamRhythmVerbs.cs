namespace OutcomesBot.Dialogs.CheckIns;

/// <summary>The Action.Execute verbs of the team rhythm card and the input ids it carries.</summary>
public static class TeamRhythmVerbs
{
    public const string Open = "rhythm.open";
    public const string Save = "rhythm.save";
    public const string Off = "rhythm.off";

    public const string TeamKey = "team";
    public const string CadenceKey = "cadence";
    public const string DayKey = "day";
    public const string TimeKey = "time";
    public const string ZoneKey = "zone";

    public static bool IsRhythmVerb(string verb) => verb is Open or Save or Off;
}
