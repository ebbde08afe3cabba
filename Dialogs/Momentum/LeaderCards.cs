namespace OutcomesBot.Dialogs.Momentum;

/// <summary>Cards shared by the leader views (momentum, you said we did, champions, rhythm): the team picker and the kind refusals. Pure functions.</summary>
public static class LeaderCards
{
    public static AdaptiveCard NotALeader(string feature) => FullWidthCard.Titled(
        "For team leaders",
        $"{feature} is for team leaders, and I don't have you down as leading a team. "
        + "If you think you should, ask your team's owner or the person who set me up. "
        + "Your own check-ins and exercises are always yours: type **help** to see them.");

    public static AdaptiveCard NotYourTeam(string feature) => FullWidthCard.Titled(
        "Not one of your teams",
        $"I can only show {feature} for a team you lead, and that isn't one of them. Type the command again to pick one of your teams.");

    public static AdaptiveCard PickTeam(string title, string text, IReadOnlyList<Team> teams, string verb) =>
        TeamPickerCard.Create(title, text, TeamChoices.Of(teams), LeaderRequest.TeamKey, verb);
}
