namespace OutcomesBot.Dialogs.Support;

/// <summary>
/// Finds people by a name someone typed, ignoring case and accents ("zoe" finds "Zoë"): everyone whose whole name is
/// what was typed; failing that, everyone each of whose typed words starts a word of their name ("sam b" finds "Sam
/// Baker"). Decision 064. When that finds nobody, <see cref="Close(FoldedNames, string?)"/> finds names near it to
/// suggest: spelt nearly so (decision 067), run together or split apart, or with a short form or a sound-alike spelling
/// of the given name (decision 072).
/// </summary>
public static class PersonNameMatch
{
    public const int MaxTypedLength = 100;

    /// <summary>At most this many close names are suggested: a handful fits a phone screen.</summary>
    public const int MaxSuggested = 5;

    /// <summary>A name as typed into a card, cleaned, trimmed and cut to <see cref="MaxTypedLength"/>.</summary>
    public static string Typed(string? value)
    {
        var typed = PlainText.Clean(value).Trim();
        return typed.Length > MaxTypedLength ? typed[..MaxTypedLength] : typed;
    }

    public static IReadOnlyList<ReachablePerson> Find(IReadOnlyList<ReachablePerson> people, string? typed) => Find(FoldedNames.Of(people), typed);

    public static IReadOnlyList<ReachablePerson> Find(FoldedNames names, string? typed)
    {
        ArgumentNullException.ThrowIfNull(names);
        var wanted = NameWords.Of(typed);
        if (wanted.Length == 0)
        {
            return [];
        }

        var (whole, started) = (new List<ReachablePerson>(), new List<ReachablePerson>());
        for (var i = 0; i < names.People.Length; i++)
        {
            if (wanted.AsSpan().SequenceEqual(names.Words[i]))
            {
                whole.Add(names.People[i]);
            }
            else if (whole.Count == 0 && EachStartsAWord(wanted, names.Words[i]))
            {
                started.Add(names.People[i]);
            }
        }

        return whole.Count > 0 ? whole : started;
    }

    /// <summary>
    /// The people whose name is near what was typed, to ask "Did you mean ...?" when <see cref="Find(FoldedNames, string?)"/>
    /// found nobody: at most <see cref="MaxSuggested"/>, best first (see <see cref="NameSuggestions"/>).
    /// </summary>
    public static IReadOnlyList<ReachablePerson> Close(IReadOnlyList<ReachablePerson> people, string? typed) => Close(FoldedNames.Of(people), typed);

    public static IReadOnlyList<ReachablePerson> Close(FoldedNames names, string? typed)
    {
        ArgumentNullException.ThrowIfNull(names);
        return NameSuggestions.Of(names, NameWords.Of(typed), MaxSuggested);
    }

    private static bool EachStartsAWord(string[] wanted, string[] words)
    {
        foreach (var typed in wanted)
        {
            var starts = false;
            foreach (var word in words)
            {
                starts = starts || word.StartsWith(typed, StringComparison.Ordinal);
            }

            if (!starts)
            {
                return false;
            }
        }

        return true;
    }
}
