namespace OutcomesBot.Dialogs.Champions;

/// <summary>The champions card's verbs and data keys.</summary>
public static class ChampionVerbs
{
    public const string Open = "champions.open";
    public const string Name = "champions.name";
    public const string Remove = "champions.remove";
    public const string Keep = "champions.keep";
    public const string TeamKey = "teamId";
    public const string PersonKey = "person";

    public static bool IsChampionVerb(string verb) => verb is Open or Name or Remove or Keep;
}
