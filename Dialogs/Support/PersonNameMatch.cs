using System.Text;

namespace OutcomesBot.Dialogs.Support;

/// <summary>
/// Finds people by a name someone typed, ignoring case and accents ("zoe" finds "Zoë"): everyone whose whole name is
/// what was typed; failing that, everyone each of whose typed words starts a word of their name ("sam b" finds "Sam
/// Baker"). Decision 064. When that finds nobody, <see cref="Close"/> finds names spelt nearly so, to suggest
/// (decision 067).
/// </summary>
public static class PersonNameMatch
{
    public const int MaxTypedLength = 100;

    /// <summary>At most this many close spellings are suggested: a handful fits a phone screen.</summary>
    public const int MaxSuggested = 5;

    /// <summary>A name as typed into a card, cleaned, trimmed and cut to <see cref="MaxTypedLength"/>.</summary>
    public static string Typed(string? value)
    {
        var typed = PlainText.Clean(value).Trim();
        return typed.Length > MaxTypedLength ? typed[..MaxTypedLength] : typed;
    }

    public static IReadOnlyList<ReachablePerson> Find(IReadOnlyList<ReachablePerson> people, string? typed)
    {
        ArgumentNullException.ThrowIfNull(people);
        var wanted = Words(typed);
        if (wanted.Length == 0)
        {
            return [];
        }

        var named = people.Select(p => (Person: p, Words: Words(p.Member.Name))).ToList();
        var whole = named.Where(n => n.Words.SequenceEqual(wanted, StringComparer.Ordinal)).Select(n => n.Person).ToList();
        return whole.Count > 0
            ? whole
            : [.. named.Where(n => wanted.All(w => n.Words.Any(word => word.StartsWith(w, StringComparison.Ordinal)))).Select(n => n.Person)];
    }

    /// <summary>
    /// The people whose name is spelt nearly as typed (at most <see cref="MaxSuggested"/>, fewest letters wrong first,
    /// then whole words before starts of words, then in the order given), to ask "Did you mean ...?" when
    /// <see cref="Find"/> found nobody: every typed word starts a word of the name, or is that word or the start of it
    /// with a letter or two wrong (see <see cref="EditsAllowed"/>).
    /// </summary>
    public static IReadOnlyList<ReachablePerson> Close(IReadOnlyList<ReachablePerson> people, string? typed)
    {
        ArgumentNullException.ThrowIfNull(people);
        var wanted = Words(typed);
        var allowed = wanted.Select(word => EditsAllowed(word, wanted)).ToArray();
        if (allowed.All(edits => edits == 0))
        {
            return [];
        }

        // Names share words ("Smith", a first name), so each word of a name is spelt against each typed word once.
        var known = wanted.Select(_ => new Dictionary<string, WordMatch?>(StringComparer.Ordinal)).ToArray();
        var close = new List<(ReachablePerson Person, int Edits, int Whole)>();
        foreach (var person in people)
        {
            if (Spelling(Words(person.Member.Name), wanted, allowed, known) is { } spelt)
            {
                close.Add((person, spelt.Edits, spelt.Whole));
            }
        }

        return [.. close.OrderBy(c => c.Edits).ThenByDescending(c => c.Whole).Take(MaxSuggested).Select(c => c.Person)];
    }

    /// <summary>
    /// How many letters of <paramref name="word"/> may be wrong: none in one or two letters (initials, "Jo"), one in
    /// three letters only beside a word of four or more ("Jon Smyth" finds John Smith; "Jon" alone does not find Don or
    /// Ron), one in four to seven, two in eight or more.
    /// </summary>
    private static int EditsAllowed(string word, IReadOnlyList<string> typedWords) => word.Length switch
    {
        <= 2 => 0,
        3 => typedWords.Any(other => other.Length >= 4) ? 1 : 0,
        <= 7 => 1,
        _ => 2,
    };

    /// <summary>The letters wrong and the whole words matched when every typed word is near a word of the name; else null.</summary>
    private static (int Edits, int Whole)? Spelling(string[] words, string[] wanted, int[] allowed, Dictionary<string, WordMatch?>[] known)
    {
        var (edits, whole) = (0, 0);
        for (var i = 0; i < wanted.Length; i++)
        {
            if (Nearest(wanted[i], allowed[i], words, known[i]) is not { } match)
            {
                return null;
            }

            (edits, whole) = (edits + match.Edits, whole + (match.Whole ? 1 : 0));
        }

        return (edits, whole);
    }

    private static WordMatch? Nearest(string typed, int allowed, string[] words, Dictionary<string, WordMatch?> known)
    {
        WordMatch? nearest = null;
        foreach (var word in words)
        {
            if (!known.TryGetValue(word, out var match))
            {
                match = Spelt(typed, word, allowed);
                known[word] = match;
            }

            if (match is { } found && (nearest is not { } best || found.Edits < best.Edits || (found.Edits == best.Edits && found.Whole && !best.Whole)))
            {
                nearest = found;
            }
        }

        return nearest;
    }

    private static WordMatch? Spelt(string typed, string word, int allowed)
    {
        if (word.StartsWith(typed, StringComparison.Ordinal))
        {
            return new(0, word.Length == typed.Length);
        }

        if (allowed == 0)
        {
            return null;
        }

        var (whole, start) = SpellingDistance.Of(typed, word, allowed);

        // A three-letter word is only ever a whole word: "Jon" may be John, not the start of Joanna.
        return whole <= allowed ? new(whole, true)
            : start <= allowed && typed.Length >= 4 ? new(start, false)
            : null;
    }

    private readonly record struct WordMatch(int Edits, bool Whole);

    // Lower case, accents taken off, split at anything that is not a letter or a digit.
    private static string[] Words(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var folded = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
            }
        }

        return folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }
}
