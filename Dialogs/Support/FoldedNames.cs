namespace OutcomesBot.Dialogs.Support;

/// <summary>
/// The people a picker offers with their names folded once for the typed-name search (lower case, accents off, in
/// words): <see cref="PersonNameMatch.Find(FoldedNames, string?)"/> and, on a miss,
/// <see cref="PersonNameMatch.Close(FoldedNames, string?)"/> both read these, so a search folds each name once
/// (decision 072).
/// </summary>
public sealed class FoldedNames
{
    private FoldedNames(ReachablePerson[] people, string[][] words) => (People, Words) = (people, words);

    internal ReachablePerson[] People { get; }

    /// <summary>The words of each person's name, at the same index as <see cref="People"/>.</summary>
    internal string[][] Words { get; }

    public static FoldedNames Of(IReadOnlyList<ReachablePerson> people)
    {
        ArgumentNullException.ThrowIfNull(people);
        var listed = people.ToArray();
        return new(listed, Array.ConvertAll(listed, person => NameWords.Of(person.Member.Name)));
    }
}
