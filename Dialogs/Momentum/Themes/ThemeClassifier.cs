using System.Text;

namespace OutcomesBot.Dialogs.Momentum.Themes;

/// <summary>Sorts a piece of free text into themes by word starts. Deterministic: the same text always gives the same themes.</summary>
public static class ThemeClassifier
{
    /// <summary>The ids of the themes the text touches on, in catalog order; empty when none fits (or no text).</summary>
    public static IReadOnlyList<string> Classify(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var normalised = Normalise(text);
        return ThemeCatalog.All.Where(theme => theme.Stems.Any(stem => normalised.Contains(" " + stem, StringComparison.Ordinal)))
            .Select(theme => theme.Id).ToList();
    }

    // Lower case, letters and digits kept, everything else one space, with a space at both ends, so that " stem" only
    // matches at the start of a word and a phrase matches across punctuation.
    private static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append(' ');
        var lastWasSpace = true;
        foreach (var c in text.ToLowerInvariant())
        {
            var keep = char.IsLetterOrDigit(c) || c == '-';
            if (keep)
            {
                builder.Append(c);
                lastWasSpace = false;
            }
            else if (!lastWasSpace)
            {
                builder.Append(' ');
                lastWasSpace = true;
            }
        }

        return builder.Append(' ').ToString();
    }
}
