namespace OutcomesBot.Cards.Kit;

/// <summary>"You lead more than one team: which one?", the first step of every leader view when a person leads several teams. Pure function.</summary>
public static class TeamPickerCard
{
    public static AdaptiveCard Create(string title, string text, IReadOnlyList<Choice> teams, string teamKey, string verb, string button = "Show")
    {
        ArgumentNullException.ThrowIfNull(teams);
        return new AdaptiveCard
        {
            Body =
            [
                Heading.Of(title),
                new TextBlock(text),
                new ChoiceSetInput(teamKey, "Team", teams) { Style = "compact", Value = teams.Count > 0 ? teams[0].Value : null, IsRequired = true, ErrorMessage = "Please choose a team." },
            ],
            Actions = [CardActions.Execute(button, verb, submitsInputs: true)],
            FallbackText = title,
            MsTeams = new TeamsCardProperties(),
        };
    }
}
