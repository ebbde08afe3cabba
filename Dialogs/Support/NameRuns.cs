namespace OutcomesBot.Dialogs.Support;

/// <summary>
/// The typed words run together, against a name's words or runs of them: letter for letter ("mc donald", decision 072),
/// or a letter or two out ("mc donld", decision 082). Part of <see cref="NameSuggestions"/>.
/// </summary>
internal static class NameRuns
{
    // The typed words run together with a letter or two wrong ("mc donld" for McDonald, decision 082): a word of the
    // name, or some of its words run together, that begins with the first typed word letter for letter, so an initial
    // cannot drift onto another name ("J Smith" is not Sam Smith). The cost of the nearest, or null.
    public static int? SpeltRunTogether(string[] words, string joined, string first, int allowed, int perEdit)
    {
        Span<char> run = stackalloc char[joined.Length + allowed];
        int? nearest = null;
        for (var from = 0; from < words.Length; from++)
        {
            var length = 0;
            for (var to = from; to < words.Length && length + words[to].Length <= run.Length; to++)
            {
                words[to].CopyTo(run[length..]);
                length += words[to].Length;
                if (length < joined.Length - allowed || !run[..length].StartsWith(first, StringComparison.Ordinal))
                {
                    continue;
                }

                var (whole, _) = SpellingDistance.Of(joined, run[..length], allowed);
                if (whole <= allowed && (nearest is not { } best || whole * perEdit < best))
                {
                    nearest = whole * perEdit;
                }
            }
        }

        return nearest;
    }

    public static bool SpellsRunTogether(string[] words, string joined)
    {
        for (var from = 0; from < words.Length; from++)
        {
            var at = 0;
            for (var to = from; to < words.Length && joined.AsSpan(at).StartsWith(words[to], StringComparison.Ordinal); to++)
            {
                at += words[to].Length;
                if (at == joined.Length)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
