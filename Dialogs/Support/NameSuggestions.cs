namespace OutcomesBot.Dialogs.Support;

/// <summary>
/// The names near a typed name that found nobody, to ask "Did you mean ...?" (decisions 067, 072). Every typed word must
/// meet a word of the name: by starting it, or with a letter or two wrong (see <see cref="EditsAllowed"/>), or, a long
/// typed word, the name's words run together with a letter or two wrong ("johnsmyth"); and the first typed word may
/// meet the given name (the name's first word) as one of its short forms or sound-alike spellings (<see cref="GivenNames"/>:
/// "Dave" David, "Shivon" Siobhan; a long first word the table lacks, as a name of it a letter away: "Shivonn", decision
/// 082). Failing those, the typed words run together may spell a word of the name or some of its words run together,
/// letter for letter ("mc donald" for McDonald), else a letter or two out ("mc donld", decision 082, <see cref="NameRuns"/>).
/// Best first: each letter wrong costs two, a given name from the table one, so a name
/// spelt as typed comes first, then one met through the table, then one with a letter wrong; then names whose words
/// were met whole before those met at their start; then the picker's order.
/// </summary>
internal static class NameSuggestions
{
    private const int PerEdit = 2;
    private const int PerGivenName = 1;

    // A first word the table lacks is taken for a name of it a letter away only when this long ("Shivonn"): shorter
    // ones are a letter from too many names ("Jan", "Bobb").
    private const int ShortestNearGivenName = 5;

    public static IReadOnlyList<ReachablePerson> Of(FoldedNames names, string[] wanted, int most)
    {
        var byWord = Typing.Of(wanted);

        // The typed words run together ("mc donald", "mary ann"), letter for letter a word of a name or a run of its words.
        var joined = wanted.Length > 1 ? string.Concat(wanted) : null;
        if (!byWord.MayMeet && joined is null)
        {
            return [];
        }

        var close = new List<(ReachablePerson Person, int Cost, int Whole)>();
        for (var i = 0; i < names.People.Length; i++)
        {
            if (Near(names.Words[i], byWord, joined) is { } met)
            {
                close.Add((names.People[i], met.Cost, met.Whole));
            }
        }

        return [.. close.OrderBy(c => c.Cost).ThenByDescending(c => c.Whole).Take(most).Select(c => c.Person)];
    }

    /// <summary>
    /// The typed words, the letters each may have wrong, the given names the first may stand for, and each word of a
    /// name already spelt against each typed word (names share words: "Smith", a first name).
    /// </summary>
    private sealed record Typing(string[] Words, int[] Allowed, IReadOnlySet<string> Given, int GivenCost, int JoinedAllowed, Dictionary<string, WordMatch?>[] Known)
    {
        public bool MayMeet => Given.Count > 0 || Array.Exists(Allowed, edits => edits > 0);

        public static Typing Of(string[] words)
        {
            var given = words.Length > 0 ? GivenNames.Of(words[0]) : new HashSet<string>();
            var cost = PerGivenName;
            if (given.Count == 0 && words.Length > 0 && words[0].Length >= ShortestNearGivenName)
            {
                (given, cost) = (GivenNames.Near(words[0]), PerGivenName + PerEdit);
            }

            // Typed words run together may be a letter or two out ("mc donld") unless the last is an initial: run
            // together, "Jon S" would be a letter from Jones.
            var joined = string.Concat(words);
            var joinedAllowed = words.Length > 1 && words[^1].Length >= 2 ? EditsAllowed(joined, [joined]) : 0;
            return new(words, Array.ConvertAll(words, word => EditsAllowed(word, words)), given, cost, joinedAllowed,
                Array.ConvertAll(words, _ => new Dictionary<string, WordMatch?>(StringComparer.Ordinal)));
        }
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

    private static (int Cost, int Whole)? Near(string[] words, Typing byWord, string? joined)
    {
        if ((byWord.MayMeet ? Meets(words, byWord) : null) is { } met)
        {
            return met;
        }

        if (joined is null)
        {
            return null;
        }

        return NameRuns.SpellsRunTogether(words, joined) ? (0, byWord.Words.Length)
            : byWord.JoinedAllowed > 0 && NameRuns.SpeltRunTogether(words, joined, byWord.Words[0], byWord.JoinedAllowed, PerEdit) is { } cost ? (cost, byWord.Words.Length)
            : null;
    }

    /// <summary>The cost and the whole words met when every typed word meets a word of the name; else null.</summary>
    private static (int Cost, int Whole)? Meets(string[] words, Typing typing)
    {
        var (cost, whole) = (0, 0);
        for (var i = 0; i < typing.Words.Length; i++)
        {
            var (typed, allowed) = (typing.Words[i], typing.Allowed[i]);
            var match = Nearest(typed, allowed, words, typing.Known[i]);
            if (i == 0 && words.Length > 0 && typing.Given.Contains(words[0]) && (match is not { } spelt || spelt.Cost > typing.GivenCost))
            {
                match = new(typing.GivenCost, true);
            }

            if (allowed > 0 && words.Length > 1 && match is not { Cost: 0 } && RunTogether(typed, allowed, words) is { } joined
                && (match is not { } best || joined.Cost < best.Cost))
            {
                match = joined;
            }

            if (match is not { } found)
            {
                return null;
            }

            (cost, whole) = (cost + found.Cost, whole + (found.Whole ? 1 : 0));
        }

        return (cost, whole);
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

            if (match is { } found && (nearest is not { } best || found.Cost < best.Cost || (found.Cost == best.Cost && found.Whole && !best.Whole)))
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
        return whole <= allowed ? new(whole * PerEdit, true)
            : start <= allowed && typed.Length >= 4 ? new(start * PerEdit, false)
            : null;
    }

    // Words of the name next to each other, run together, spelt whole against one typed word: "johnsmyth" is a letter
    // from John Smith. Only runs about as long as the typed word are spelt.
    private static WordMatch? RunTogether(string typed, int allowed, string[] words)
    {
        Span<char> joined = stackalloc char[typed.Length + allowed];
        WordMatch? nearest = null;
        for (var from = 0; from < words.Length - 1; from++)
        {
            // A name run together is taken to begin with the letter typed first, which keeps this cheap.
            if (words[from][0] != typed[0])
            {
                continue;
            }

            var length = words[from].Length;
            for (var to = from + 1; to < words.Length && length + words[to].Length <= joined.Length; to++)
            {
                length += words[to].Length;
                if (length < typed.Length - allowed)
                {
                    continue;
                }

                var at = 0;
                for (var w = from; w <= to; at += words[w].Length, w++)
                {
                    words[w].CopyTo(joined[at..]);
                }

                var (whole, _) = SpellingDistance.Of(typed, joined[..length], allowed);
                if (whole <= allowed && (nearest is not { } best || whole * PerEdit < best.Cost))
                {
                    nearest = new(whole * PerEdit, true);
                }
            }
        }

        return nearest;
    }

    private readonly record struct WordMatch(int Cost, bool Whole);
}
