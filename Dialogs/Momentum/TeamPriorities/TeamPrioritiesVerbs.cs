namespace OutcomesBot.Dialogs.Momentum.TeamPriorities;

/// <summary>The verbs of the leaders' combined training-priorities audit; <see cref="Open"/> is the momentum card's button.</summary>
public static class TeamPrioritiesVerbs
{
    public const string Open = "priorities.open";
    public const string Team = "priorities.team";

    public static bool IsTeamPrioritiesVerb(string verb) => verb is Open or Team;
}
