namespace OutcomesBot.Dialogs.Champions;

/// <summary>The leader's cards for naming and removing a team's champions.</summary>
public static class ChampionCards
{
    private const string About = "Champions carry the outcomes-focused approach in the team: they run action-learning sets and share what is working.";

    /// <summary>
    /// The two answers to "make them one again?" on this card (decision 091): short, so both fit side by side on a phone
    /// under each question; the leaders' "is back" card, with one person, says it in full.
    /// </summary>
    public const string MakeChampion = "Make champion";

    /// <summary>The button that leaves a former champion who came back as staff, and forgets to ask (decision 091).</summary>
    public const string KeepAsStaff = "Keep as staff";

    /// <summary>
    /// The team's champions and the rest of its members; <paramref name="cameBack"/> are members who were champions here
    /// before they left (decision 091), each asked about with the same presses as the leaders' "is back" card.
    /// </summary>
    public static AdaptiveCard Manage(
        string teamId, string teamName, IReadOnlyList<ChampionCandidate> members, string? confirmation = null, string? problem = null, IReadOnlyList<ChampionCandidate>? cameBack = null)
    {
        ArgumentNullException.ThrowIfNull(members);
        var team = new Dictionary<string, string> { [ChampionVerbs.TeamKey] = teamId };
        List<CardElement> body = [Heading.Of($"Champions in {PlainText.Of(teamName)}"), new TextBlock(About)];
        if (confirmation is not null)
        {
            body.Add(Callout.Done(confirmation));
        }

        if (problem is not null)
        {
            body.Add(Callout.Problem(problem));
        }

        foreach (var back in cameBack ?? [])
        {
            var person = new Dictionary<string, string>(team) { [ChampionVerbs.PersonKey] = back.AadObjectId };
            body.Add(new TextBlock($"{PlainText.Of(back.Name)} was a champion here before they left. Make them one again?") { Weight = "Bolder" });
            body.Add(new ActionSet(
            [
                CardActions.Execute(MakeChampion, ChampionVerbs.Name, person),
                CardActions.Execute(KeepAsStaff, ChampionVerbs.Keep, person),
            ]));
        }

        var champions = members.Where(m => m.IsChampion).ToList();
        body.Add(new TextBlock(champions.Count == 0 ? "There are no champions in this team yet." : "Current champions:") { Weight = "Bolder" });
        foreach (var champion in champions)
        {
            body.Add(LineWithButton.Of(
                PlainText.Of(champion.Name),
                CardActions.Execute("Remove", ChampionVerbs.Remove, new Dictionary<string, string>(team) { [ChampionVerbs.PersonKey] = champion.AadObjectId })));
        }

        var others = members.Where(m => !m.IsChampion).Select(m => new Choice(PlainText.Clean(m.Name), m.AadObjectId)).ToList();
        List<CardAction>? actions = null;
        if (others.Count > 0)
        {
            body.Add(new ChoiceSetInput(ChampionVerbs.PersonKey, "Name a new champion", others) { Style = "compact", IsRequired = true, ErrorMessage = "Please pick a colleague." });
            actions = [CardActions.Execute("Name as champion", ChampionVerbs.Name, team, submitsInputs: true)];
        }

        return FullWidthCard.Create(body, actions, $"Champions in {PlainText.Clean(teamName)}");
    }

    public static AdaptiveCard PickTeam(IReadOnlyList<Choice> teams) => TeamPickerCard.Create(
        "Champions", "You lead more than one team. Which team's champions would you like to see?", teams, ChampionVerbs.TeamKey, ChampionVerbs.Open, "Show champions");

    public static AdaptiveCard Refused(string reason) => FullWidthCard.Create(
        [Heading.Of("Champions"), Callout.Problem(reason), new TextBlock("Nothing was changed.") { IsSubtle = true }],
        fallbackText: reason);
}
