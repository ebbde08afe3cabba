using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.Teams;

namespace OutcomesBot.Dialogs.Momentum;

/// <summary>Cards shared by the leader views: the team picker and the kind refusals. Pure functions.</summary>
public static class LeaderCards
{
    public static AdaptiveCard NotALeader(string feature) => Card(
        "For team leaders",
        $"{feature} is for team leaders, and I don't have you down as leading a team. "
        + "If you think you should, ask your team's owner or the person who set me up. "
        + "Your own check-ins and exercises are always yours: type **help** to see them.");

    public static AdaptiveCard NotYourTeam(string feature) => Card(
        "Not one of your teams",
        $"I can only show {feature} for a team you lead, and that isn't one of them. Type the command again to pick one of your teams.");

    public static AdaptiveCard PickTeam(string title, string text, IReadOnlyList<Team> teams, string verb)
    {
        ArgumentNullException.ThrowIfNull(teams);
        var choices = teams.Select(t => new Choice(t.Name ?? "Unnamed team", t.TeamId)).ToList();
        return new AdaptiveCard
        {
            Body =
            [
                Heading(title),
                new TextBlock(text),
                new ChoiceSetInput(LeaderRequest.TeamKey, "Team", choices) { Style = "compact", Value = choices[0].Value, IsRequired = true, ErrorMessage = "Please choose a team." },
            ],
            Actions = [CardActions.Execute("Show", verb, submitsInputs: true)],
            FallbackText = title,
            MsTeams = new TeamsCardProperties(),
        };
    }

    public static TextBlock Heading(string text) => new(text) { Size = "Medium", Weight = "Bolder", Style = "heading" };

    public static AdaptiveCard Card(string title, string text) => new()
    {
        Body = [Heading(title), new TextBlock(text)],
        FallbackText = title,
        MsTeams = new TeamsCardProperties(),
    };
}
