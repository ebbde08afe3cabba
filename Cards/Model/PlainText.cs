using System.Globalization;
using System.Text;

namespace OutcomesBot.Cards.Model;

/// <summary>
/// Makes text people wrote safe to show in a card or a post as plain text: control and bidirectional-override
/// characters are removed (so text cannot hide or reorder what follows it), and the characters Teams' card markdown reads
/// (bold, italic, links, lists; CommonMark) are escaped with a backslash, so <c>**</c>, <c>[link](url)</c> or <c>- item</c>
/// show as typed instead of changing the card. Only those are escaped: a client that draws an escape literally (Teams
/// mobile has) would otherwise show "\(" for every bracket a person typed (decision 031). Every card that shows what a
/// person wrote goes through <see cref="Of"/>; input values, which Teams never reads as markdown, go through <see cref="Clean"/>.
/// </summary>
public static class PlainText
{
    // Characters CommonMark reads specially anywhere in a line: emphasis, code, links and images (a link needs "[", so
    // "(" and "!" are safe once brackets are escaped), strikethrough, autolinks (HTML itself is not read in cards).
    private const string Escaped = "\\`*_[]~<";

    // Characters that make a list, heading or quote only at the start of a line.
    private const string EscapedAtLineStart = "-+=#>";

    /// <summary>The text cleaned and escaped for a TextBlock, a Fact or a message; null stays null.</summary>
    public static string Of(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        var clean = Clean(text);
        var result = new StringBuilder(clean.Length + 8);
        var lineStart = true;
        for (var i = 0; i < clean.Length; i++)
        {
            var c = clean[i];
            if (Escaped.Contains(c, StringComparison.Ordinal) || (lineStart && EscapedAtLineStart.Contains(c, StringComparison.Ordinal)) || IsNumberedListMarker(clean, i))
            {
                result.Append('\\');
            }

            result.Append(c);
            lineStart = c == '\n' || (lineStart && c is ' ' or '\t');
        }

        return result.ToString();
    }

    /// <summary>The text without control characters (new lines and tabs kept) and without bidirectional or invisible format characters.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        var result = new StringBuilder(text.Length);
        foreach (var c in text.Replace("\r\n", "\n", StringComparison.Ordinal))
        {
            if (c is '\n' or '\t' || !IsRemoved(c))
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    // Control characters, and format characters (bidi overrides and isolates, zero-width spaces, the BOM) except the
    // zero-width joiner that emoji sequences need.
    private static bool IsRemoved(char c) =>
        char.IsControl(c)
        || (c != '\u200D' && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator);

    // "1. item" or "1) item" at the start of a line makes a numbered list.
    private static bool IsNumberedListMarker(string text, int i)
    {
        if (text[i] is not ('.' or ')') || i == 0 || !char.IsAsciiDigit(text[i - 1]))
        {
            return false;
        }

        var j = i - 1;
        while (j >= 0 && char.IsAsciiDigit(text[j]))
        {
            j--;
        }

        return j < 0 || text[j] == '\n';
    }
}
