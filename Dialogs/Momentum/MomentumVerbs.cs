namespace OutcomesBot.Dialogs.Momentum;

/// <summary>The momentum card's verbs. <see cref="Open"/> is also the welcome card's "Team momentum" button.</summary>
public static class MomentumVerbs
{
    public const string Open = "momentum.open";
    public const string Team = "momentum.team";

    public static bool IsMomentumVerb(string verb) => verb is Open or Team;
}
