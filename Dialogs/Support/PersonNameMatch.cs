using System.Text;

namespace OutcomesBot.Dialogs.Support;

/// <summary>
/// Finds people by a name someone typed, ignoring case and accents ("zoe" finds "Zoë"): everyone whose whole name is
/// what was typed; failing that, everyone each of whose typed words starts a word of their name ("sam b" finds "Sam
/// Baker"). Decision 064.
/// </summary>
public static class PersonNameMatch
{
    public const int MaxTypedLength = 100;

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
