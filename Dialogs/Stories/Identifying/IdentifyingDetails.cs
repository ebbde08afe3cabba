using System.Text.RegularExpressions;

namespace OutcomesBot.Dialogs.Stories.Identifying;

/// <summary>
/// Looks through a story for things that could identify the person it is about: full names, dates of birth,
/// addresses and postcodes, phone numbers, NHS and CHI numbers. Pure and cautious: it flags what looks identifying
/// and the author decides; it never changes the text. Overlapping finds keep the first, longest one.
/// </summary>
public static partial class IdentifyingDetails
{
    public static IReadOnlyList<IdentifyingFinding> Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var found = new List<IdentifyingFinding>();
        found.AddRange(IdentifyingNumbers.Find(text));
        found.AddRange(Matches(PhoneNumber(), text, IdentifyingKind.PhoneNumber, IdentifyingNumbers.IsPhoneNumber));
        found.AddRange(Matches(BirthMention(), text, IdentifyingKind.DateOfBirth));
        found.AddRange(Matches(NumericDate(), text, IdentifyingKind.DateOfBirth));
        found.AddRange(Matches(WrittenDate(), text, IdentifyingKind.DateOfBirth));
        found.AddRange(Matches(StreetAddress(), text, IdentifyingKind.Address));
        found.AddRange(Matches(Postcode(), text, IdentifyingKind.Postcode));
        found.AddRange(Matches(TitledName(), text, IdentifyingKind.FullName));
        found.AddRange(Matches(CapitalisedPair(), text, IdentifyingKind.FullName, LooksLikeFullName));
        return WithoutOverlaps(found);
    }

    private static IEnumerable<IdentifyingFinding> Matches(Regex pattern, string text, IdentifyingKind kind, Func<Match, bool>? accept = null) =>
        pattern.Matches(text)
            .Where(m => accept is null || accept(m))
            .Select(m => new IdentifyingFinding(kind, m.Index, m.Length, m.Value.Trim()));

    private static bool LooksLikeFullName(Match match) =>
        FirstNames.All.Contains(match.Groups["first"].Value) && !FirstNames.PhraseWords.Contains(match.Groups["last"].Value);

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

    // "DOB 3/4/51", "D.O.B.", "date of birth", "born on 12 May 1950", "born in 1948".
    [GeneratedRegex(@"\b(?:D\.?O\.?B\.?|date of birth|born (?:on|in))\b[:\s]*(?:[0-9]{1,2}[/.\-][0-9]{1,2}[/.\-][0-9]{2,4}|[0-9]{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Za-z]+\s+[0-9]{4}|[A-Za-z]+\s+[0-9]{1,2},?\s+[0-9]{4}|[0-9]{4}\b)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex BirthMention();

    // 03/04/1951, 3-4-51, 03.04.1951: a day, a month and a year.
    [GeneratedRegex(@"\b(?:0?[1-9]|[12][0-9]|3[01])[/.\-](?:0?[1-9]|1[0-2])[/.\-](?:19|20)?[0-9]{2}\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NumericDate();

    // 12 March 1951, 12th of March 1951, March 12, 1951: a written date with a year.
    [GeneratedRegex(@"\b(?:(?:[0-9]{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+(?:19|20)[0-9]{2})|(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+[0-9]{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)[0-9]{2}))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex WrittenDate();

    // "14 Acacia Avenue", "Flat 2, 7b Mill Lane": a house number, up to three words, then a street word.
    [GeneratedRegex(@"\b(?:Flat\s+[0-9]+[A-Za-z]?,?\s+)?[0-9]{1,4}[A-Za-z]?,?\s+(?:[A-Z][A-Za-z']+\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Close|Drive|Court|Crescent|Place|Way|Gardens|Terrace|Grove|Square|Hill|Row|Mews|Walk|Wynd|Brae|Gate)\b\.?", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex StreetAddress();

    // UK postcodes: SW1A 1AA, M1 1AE, EH12 9DN, G2 3QW.
    [GeneratedRegex(@"\b[A-Z]{1,2}[0-9][A-Z0-9]?\s?[0-9][ABD-HJLNP-UW-Z]{2}\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Postcode();

    // 07700 900123, 0161 496 0000, +44 7700 900123, +44 (0)131 496 0000: digits are counted afterwards.
    [GeneratedRegex(@"(?:\+44\s?(?:\(0\)\s?)?|\b0)[1-9][0-9](?:[\s\-]?[0-9]){6,9}\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PhoneNumber();

    // Mrs Patel, Mr. O'Brien, Dr Smith.
    [GeneratedRegex(@"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z][a-z]*(?:'[A-Z])?[A-Za-z]+(?:-[A-Z][a-z]+)?\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex TitledName();

    // Two capitalised words; LooksLikeFullName then wants a known first name and a surname-like second word.
    [GeneratedRegex(@"\b(?<first>[A-Z][a-z]+)\s+(?<last>(?:Mc|Mac|O')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex CapitalisedPair();
}
