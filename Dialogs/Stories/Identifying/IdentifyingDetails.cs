using System.Text.RegularExpressions;

namespace OutcomesBot.Dialogs.Stories.Identifying;

/// <summary>
/// Looks through a story for things that could identify the person it is about: full names, dates of birth,
/// addresses and postcodes, phone numbers, NHS and CHI numbers. Pure and cautious: it flags what looks identifying
/// and the author decides; it never changes the text. Overlapping finds keep the first, longest one.
/// Every regex runs on .NET's non-backtracking engine, so a scan is linear in the text whatever it holds
/// (docs/decisions/019, numbers in docs/performance.md). A text longer than <see cref="MaxCheckedLength"/>, or one whose
/// scan times out, is not passed: it comes back as one <see cref="IdentifyingKind.NotChecked"/> finding.
/// </summary>
public static class IdentifyingDetails
{
    /// <summary>The longest text that is scanned; story fields hold at most 1,500 characters.</summary>
    public const int MaxCheckedLength = 20_000;

    public static IReadOnlyList<IdentifyingFinding> Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        return text.Length > MaxCheckedLength ? [IdentifyingFinding.NotChecked(text)] : Scan(text, IdentifyingPatterns.All);
    }

    /// <summary>The scan without the length check (the benchmark measures it on longer texts).</summary>
    internal static IReadOnlyList<IdentifyingFinding> Scan(string text, IReadOnlyList<IdentifyingPattern> patterns)
    {
        var found = new List<IdentifyingFinding>();
        try
        {
            foreach (var pattern in patterns)
            {
                found.AddRange(pattern.Find(text));
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // What could not be checked is not let through: the author sees it flagged and decides, as with any find.
            found.Add(IdentifyingFinding.NotChecked(text));
        }

        return WithoutOverlaps(found);
    }

    private static List<IdentifyingFinding> WithoutOverlaps(List<IdentifyingFinding> found)
    {
        var kept = new List<IdentifyingFinding>();
        foreach (var finding in found.OrderBy(f => f.Start).ThenByDescending(f => f.Length))
        {
            if (kept.Count == 0 || finding.Start >= kept[^1].End)
            {
                kept.Add(finding);
            }
        }

        return kept;
    }
}
