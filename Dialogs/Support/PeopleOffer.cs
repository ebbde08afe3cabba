namespace OutcomesBot.Dialogs.Support;

/// <summary>
/// What a "who to" picker card shows: the people listed, and whether it also asks for a name because the team is too
/// large to list everyone (decision 064).
/// </summary>
public sealed record PeopleOffer(IReadOnlyList<Choice> Listed, bool AsksForName)
{
    // 40 names fill about six phone screens and about 2.5 KB of a card; Teams takes about 28 KB in one message, so the
    // card stays well under it with a long problem and a long note, and a team of up to 40 keeps its whole list.
    public const int MaxListed = 40;

    /// <summary>
    /// Everyone, when they fit; otherwise the leaders and champions (in the order given, at most <see cref="MaxListed"/>)
    /// and a box for anyone else's name.
    /// </summary>
    public static PeopleOffer Of(IReadOnlyList<ReachablePerson> people)
    {
        ArgumentNullException.ThrowIfNull(people);
        return people.Count <= MaxListed
            ? new([.. people.Select(p => p.Choice)], false)
            : new([.. people.Where(p => p.Role is TeamRole.Leader or TeamRole.Champion).Take(MaxListed).Select(p => p.Choice)], true);
    }

    /// <summary>The people a typed name matched, to pick one from; the name box stays for typing more of it.</summary>
    public static PeopleOffer Matches(IReadOnlyList<ReachablePerson> matched)
    {
        ArgumentNullException.ThrowIfNull(matched);
        return new([.. matched.Take(MaxListed).Select(p => p.Choice)], true);
    }
}
