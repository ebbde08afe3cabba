namespace OutcomesBot.Dialogs.LearningSets;

/// <summary>A member's answer as the round card sent it.</summary>
public sealed record LearningAnswerDraft(string Challenge, string Tried, string Helped, string NextAction)
{
    public const string SetKey = "setId";
    public const string RoundKey = "round";
    public const string ChallengeKey = "challenge";
    public const string TriedKey = "tried";
    public const string HelpedKey = "helped";
    public const string NextKey = "next";
    public const string ShowNameKey = "showName";
    public const string DetailsCheckedKey = "detailsChecked";
    public const string EditKey = "edit";
    public const int TextMax = 1000;

    public static LearningAnswerDraft From(IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        string Get(string key) => values.TryGetValue(key, out var value) ? value.Trim() : "";
        return new LearningAnswerDraft(Get(ChallengeKey), Get(TriedKey), Get(HelpedKey), Get(NextKey));
    }

    /// <summary>The answer's parts as they are labelled in the round summary.</summary>
    public IReadOnlyList<(string Label, string Text)> Texts() =>
        [("Challenge", Challenge), ("Tried", Tried), ("Helped", Helped), ("Next", NextAction)];

    /// <summary>The answer as card data, so that the preview's Save sends back exactly what was previewed.</summary>
    public Dictionary<string, string> ToData() => new(StringComparer.Ordinal)
    {
        [ChallengeKey] = Challenge, [TriedKey] = Tried, [HelpedKey] = Helped, [NextKey] = NextAction,
    };

    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        foreach (var (text, what) in new[] { (Challenge, "the challenge"), (Tried, "what you tried"), (Helped, "what helped"), (NextAction, "your next action") })
        {
            if (text.Length == 0 || text.Length > TextMax)
            {
                problems.Add($"Please write {what} (up to {TextMax} characters).");
            }
        }

        return problems;
    }
}
