using System.Globalization;
using System.Text;

namespace OutcomesBot.Bot.Telemetry;

/// <summary>
/// Whether a configured <c>LogIds:Key</c> is one anyone could guess (decisions 095, 102). Only the characters one can see
/// count: spaces, tabs, invisible and combining characters add length but nothing to guess. A key then needs 32 of them,
/// of 8 different ones, not a short pattern repeated and not letters or digits running in order. 32 random bytes as base64
/// or hex, random digits and a passphrase of random words pass by a wide margin (the tests try hundreds of each).
/// </summary>
internal static class LogKeyStrength
{
    public const int MinCharacters = 32;
    public const int MinDistinctCharacters = 8;

    /// <summary>What makes the key guessable, in words that never repeat it; null when it is not.</summary>
    public static string? Problem(string key)
    {
        var seen = key.EnumerateRunes().Where(Counts).Select(rune => rune.Value).ToList();
        if (seen.Distinct().Count() < MinDistinctCharacters)
        {
            return $"it has fewer than {MinDistinctCharacters} different characters";
        }

        if (seen.Count < MinCharacters)
        {
            return $"it has fewer than {MinCharacters} characters besides spaces and invisible ones";
        }

        var pairs = seen.Count - 1;

        // A short pattern repeated ("abcdefgh" four times) has as many different neighbours as the pattern is long; a random
        // key has nearly one for each pair.
        if (seen.Zip(seen.Skip(1)).Distinct().Count() * 2 < pairs)
        {
            return "it repeats a short pattern";
        }

        // "abcdef...", "0123...", "aabbcc...": most neighbours one apart or the same. Random digits have about 28% of them.
        if (seen.Zip(seen.Skip(1)).Count(pair => Math.Abs(pair.Second - pair.First) <= 1) * 3 > pairs * 2)
        {
            return "it runs through letters or digits in order";
        }

        return null;
    }

    private static bool Counts(Rune rune) =>
        !Rune.IsWhiteSpace(rune) && Rune.GetUnicodeCategory(rune) is not (UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned);
}
