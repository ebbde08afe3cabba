namespace OutcomesBot.Dialogs.Support;

/// <summary>
/// What a name typed on a large team's picker found (decision 064): the one person it names, or what the card goes back
/// with: the people to pick from and the problem to show. The support request and the entry share both ask it. A name
/// spelt nearly like someone's is never used as it stands: the card comes back asking "Did you mean ...?" (decision 067).
/// </summary>
public sealed record NameLookup(ReachablePerson? Person, PeopleOffer Offer, string? Problem)
{
    /// <summary>The problem when the person has looked up too many names in a short time (decision 082).</summary>
    public const string TooMany = "You have looked up a lot of names in the last minute. Please wait a minute, then press the button again. What you typed is still here.";

    /// <summary>The problem when the person has used the hour's budget of look-ups (decision 085).</summary>
    public const string TooManyThisHour = "You have looked up a lot of names in the last hour, so I can't look up more for now. Please try again in an hour. What you typed is still here.";

    /// <summary>What to tell someone a look-up was refused to (decisions 082 and 085).</summary>
    public static string Refusal(NameLookUpAllowance allowance) => allowance == NameLookUpAllowance.WaitAnHour ? TooManyThisHour : TooMany;

    /// <summary>
    /// Looks <paramref name="name"/> up among <paramref name="reachable"/>; <paramref name="where"/> names the team (or
    /// "your teams") for the "no one is called" problem, and is asked only when nobody has that name.
    /// </summary>
    public static async Task<NameLookup> FindAsync(IReadOnlyList<ReachablePerson> reachable, string name, Func<Task<string>> where)
    {
        ArgumentNullException.ThrowIfNull(where);
        var names = FoldedNames.Of(reachable);
        var matched = PersonNameMatch.Find(names, name);
        if (matched.Count > 0)
        {
            return matched.Count == 1
                ? new(matched[0], PeopleOffer.Matches(matched), null)
                : new(null, PeopleOffer.Matches(matched), SupportCards.SeveralCalled(matched.Count, name));
        }

        var close = PersonNameMatch.Close(names, name);
        return close.Count > 0
            ? new(null, PeopleOffer.Matches(close), SupportCards.DidYouMean(await where(), name, close))
            : new(null, PeopleOffer.Of(reachable), SupportCards.NoOneCalled(await where(), name));
    }
}
