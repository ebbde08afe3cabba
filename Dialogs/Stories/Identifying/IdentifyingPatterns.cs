using System.Text.RegularExpressions;

namespace OutcomesBot.Dialogs.Stories.Identifying;

/// <summary>
/// The regexes of the identifying-details check, in the order they are run. None uses a lookaround or a backreference,
/// which the non-backtracking engine does not support; where a boundary needs one, the code checks it instead.
/// </summary>
internal static class IdentifyingPatterns
{
    public static readonly IReadOnlyList<IdentifyingPattern> All =
    [
        // Ten-digit health numbers: NHS (3-3-4 or run together) or CHI. The character before must not be a digit or '+',
        // the one after not a digit: the first is matched ("hit" is the number), the second checked in code.
        IdentifyingPattern.Of(
            "TenDigits",
            @"(?:^|[^0-9+])(?<hit>(?<spaced>[0-9]{3}[ \-][0-9]{3}[ \-][0-9]{4})|[0-9]{6}[ \-]?[0-9]{4})",
            RegexOptions.None,
            IdentifyingNumbers.Classify),

        // 07700 900123, 0161 496 0000, +44 7700 900123, +44 (0)131 496 0000: digits are counted afterwards.
        IdentifyingPattern.Of(
            "PhoneNumber", @"(?:\+44\s?(?:\(0\)\s?)?|\b0)[1-9][0-9](?:[\s\-]?[0-9]){6,9}\b", RegexOptions.None, IdentifyingKind.PhoneNumber, IdentifyingNumbers.IsPhoneNumber),

        // "DOB 3/4/51", "D.O.B.", "date of birth", "born on 12 May 1950", "born in 1948".
        IdentifyingPattern.Of(
            "BirthMention",
            @"\b(?:D\.?O\.?B\.?|date of birth|born (?:on|in))\b[:\s]*(?:[0-9]{1,2}[/.\-][0-9]{1,2}[/.\-][0-9]{2,4}|[0-9]{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Za-z]+\s+[0-9]{4}|[A-Za-z]+\s+[0-9]{1,2},?\s+[0-9]{4}|[0-9]{4}\b)?",
            RegexOptions.IgnoreCase,
            IdentifyingKind.DateOfBirth),

        // 03/04/1951, 3-4-51, 03.04.1951: a day, a month and a year.
        IdentifyingPattern.Of(
            "NumericDate", @"\b(?:0?[1-9]|[12][0-9]|3[01])[/.\-](?:0?[1-9]|1[0-2])[/.\-](?:19|20)?[0-9]{2}\b", RegexOptions.None, IdentifyingKind.DateOfBirth),

        // 12 March 1951, 12th of March 1951, March 12, 1951: a written date with a year.
        IdentifyingPattern.Of(
            "WrittenDate",
            @"\b(?:(?:[0-9]{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+(?:19|20)[0-9]{2})|(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+[0-9]{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)[0-9]{2}))\b",
            RegexOptions.IgnoreCase,
            IdentifyingKind.DateOfBirth),

        // "14 Acacia Avenue", "Flat 2, 7b Mill Lane": a house number, up to three words, then a street word.
        IdentifyingPattern.Of(
            "StreetAddress",
            @"\b(?:Flat\s+[0-9]+[A-Za-z]?,?\s+)?[0-9]{1,4}[A-Za-z]?,?\s+(?:[A-Z][A-Za-z']+\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Close|Drive|Court|Crescent|Place|Way|Gardens|Terrace|Grove|Square|Hill|Row|Mews|Walk|Wynd|Brae|Gate)\b\.?",
            RegexOptions.None,
            IdentifyingKind.Address),

        // UK postcodes: SW1A 1AA, M1 1AE, EH12 9DN, G2 3QW.
        IdentifyingPattern.Of("Postcode", @"\b[A-Z]{1,2}[0-9][A-Z0-9]?\s?[0-9][ABD-HJLNP-UW-Z]{2}\b", RegexOptions.None, IdentifyingKind.Postcode),

        // Mrs Patel, Mr. O'Brien, Dr Smith.
        IdentifyingPattern.Of(
            "TitledName", @"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z][a-z]*(?:'[A-Z])?[A-Za-z]+(?:-[A-Z][a-z]+)?\b", RegexOptions.None, IdentifyingKind.FullName),

        // Two capitalised words; LooksLikeFullName then wants a known first name and a surname-like second word.
        IdentifyingPattern.Of(
            "CapitalisedPair",
            @"\b(?<first>[A-Z][a-z]+)\s+(?<last>(?:Mc|Mac|O')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b",
            RegexOptions.None,
            IdentifyingKind.FullName,
            LooksLikeFullName),
    ];

    private static bool LooksLikeFullName(Match match) =>
        FirstNames.All.Contains(match.Groups["first"].Value) && !FirstNames.PhraseWords.Contains(match.Groups["last"].Value);
}
