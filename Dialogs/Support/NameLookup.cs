namespace OutcomesBot.Dialogs.Support;

/// <summary>
/// What a name typed on a large team's picker found (decision 064): the one person it names, or what the card goes back
/// with: the people to pick from and the problem to show. The support request and the entry share both ask it.
/// </summary>
public sealed record NameLookup(ReachablePerson? Person, PeopleOffer Offer, string? Problem)
{
    /// <summary>
    /// Looks <paramref name="name"/> up among <paramref name="reachable"/>; <paramref name="where"/> names the team (or
    /// "your teams") for the "no one is called" problem, and is asked only then.
    /// </summary>
    public static async Task<NameLookup> FindAsync(IReadOnlyList<ReachablePerson> reachable, string name, Func<Task<string>> where)
    {
        ArgumentNullException.ThrowIfNull(where);
        var matched = PersonNameMatch.Find(reachable, name);
        return matched.Count switch
        {
            1 => new(matched[0], PeopleOffer.Matches(matched), null),
            0 => new(null, PeopleOffer.Of(reachable), SupportCards.NoOneCalled(await where(), name)),
            _ => new(null, PeopleOffer.Matches(matched), SupportCards.SeveralCalled(matched.Count, name)),
        };
    }
}
