namespace OutcomesBot.Dialogs.People;

/// <summary>Teams as the choices of a team picker, the same wording on every leader card. Pure function.</summary>
public static class TeamChoices
{
    public static IReadOnlyList<Choice> Of(IReadOnlyList<Team> teams)
    {
        ArgumentNullException.ThrowIfNull(teams);
        return [.. teams.Select(t => new Choice(PlainText.Clean(t.Name ?? "Unnamed team"), t.TeamId))];
    }
}
