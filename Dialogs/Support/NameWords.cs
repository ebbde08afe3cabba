using System.Text;

namespace OutcomesBot.Dialogs.Support;

/// <summary>
/// A name as the typed-name search compares it: lower case, accents taken off, split at anything that is not a letter or
/// a digit ("Siobhán O'Neill" is siobhan, o, neill). Decisions 064 and 072.
/// </summary>
internal static class NameWords
{
    public static string[] Of(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        // Most names are plain ASCII, which has no accents to take off.
        var source = Ascii.IsValid(text) ? text : text.Normalize(NormalizationForm.FormD);
        Span<char> folded = source.Length <= 256 ? stackalloc char[source.Length] : new char[source.Length];
        var length = 0;
        foreach (var c in source)
        {
            if (c < 128 || CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded[length++] = char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ';
            }
        }

        return folded[..length].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }
}
