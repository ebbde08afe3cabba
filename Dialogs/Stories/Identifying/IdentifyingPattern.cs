using System.Text.RegularExpressions;

namespace OutcomesBot.Dialogs.Stories.Identifying;

/// <summary>
/// One regex of the identifying-details check and how its matches become findings. <paramref name="Classify"/> says what
/// a match in the text is, or null to let it pass; a match's group named "hit", when present, is the part that is reported.
/// </summary>
internal sealed record IdentifyingPattern(string Name, Regex Regex, Func<Match, string, IdentifyingKind?> Classify)
{
    /// <summary>Every regex runs on the non-backtracking engine (linear in the text), and still with a timeout.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    public static IdentifyingPattern Of(string name, string pattern, RegexOptions options, IdentifyingKind kind, Func<Match, bool>? accept = null) =>
        Of(name, pattern, options, (match, _) => accept is null || accept(match) ? kind : null);

    public static IdentifyingPattern Of(string name, string pattern, RegexOptions options, Func<Match, string, IdentifyingKind?> classify) =>
        new(name, new Regex(pattern, options | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, Timeout), classify);

    public IEnumerable<IdentifyingFinding> Find(string text)
    {
        foreach (Match match in Regex.Matches(text))
        {
            if (Classify(match, text) is { } kind)
            {
                var hit = match.Groups["hit"] is { Success: true } group ? group : (Capture)match;
                yield return new IdentifyingFinding(kind, hit.Index, hit.Length, hit.Value.Trim());
            }
        }
    }
}
