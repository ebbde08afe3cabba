namespace OutcomesBot.Dialogs.Support;

/// <summary>
/// How many letters of a typed word are wrong against a word of a name: a letter missing, one too many, one wrong, or
/// two neighbours swapped each count one (Damerau-Levenshtein, each letter edited once). Decision 067.
/// </summary>
internal static class SpellingDistance
{
    /// <summary>
    /// The edits from <paramref name="typed"/> to the whole of <paramref name="word"/>, and to the nearest start of it
    /// ("chirs" is one from "chris", the start of "christine"); each is <paramref name="limit"/> + 1 when past the limit.
    /// </summary>
    public static (int Whole, int Start) Of(ReadOnlySpan<char> typed, ReadOnlySpan<char> word, int limit)
    {
        var past = limit + 1;
        if (word.Length < typed.Length - limit)
        {
            return (past, past);
        }

        // Three rows of the table: the one before last (for a swap), the last, and this one.
        var width = word.Length + 1;
        Span<int> rows = width * 3 <= 384 ? stackalloc int[width * 3] : new int[width * 3];
        var beforeLast = rows[..width];
        var last = rows.Slice(width, width);
        var current = rows.Slice(width * 2, width);
        for (var j = 0; j < width; j++)
        {
            last[j] = j;
        }

        for (var i = 1; i <= typed.Length; i++)
        {
            current[0] = i;
            var rowBest = i;
            for (var j = 1; j < width; j++)
            {
                var same = typed[i - 1] == word[j - 1];
                var edits = Math.Min(Math.Min(last[j] + 1, current[j - 1] + 1), last[j - 1] + (same ? 0 : 1));
                if (i > 1 && j > 1 && typed[i - 1] == word[j - 2] && typed[i - 2] == word[j - 1] && !same)
                {
                    edits = Math.Min(edits, beforeLast[j - 2] + 1);
                }

                current[j] = edits;
                rowBest = Math.Min(rowBest, edits);
            }

            // Every later row is at least this far, so the word is out of reach.
            if (rowBest > limit)
            {
                return (past, past);
            }

            var spare = beforeLast;
            beforeLast = last;
            last = current;
            current = spare;
        }

        var start = past;
        foreach (var edits in last)
        {
            start = Math.Min(start, edits);
        }

        return (Math.Min(last[^1], past), start);
    }
}
