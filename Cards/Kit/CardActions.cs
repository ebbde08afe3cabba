namespace OutcomesBot.Cards.Kit;

/// <summary>Builds buttons that work on every Teams client.</summary>
public static class CardActions
{
    /// <summary>The data key that carries the verb in an Action.Submit fallback.</summary>
    public const string VerbKey = "verb";

    /// <summary>
    /// An Action.Execute with <paramref name="verb"/> and <paramref name="data"/>, falling back to an Action.Submit
    /// carrying the same data plus the verb, for clients without Universal Actions.
    /// </summary>
    public static ExecuteAction Execute(string title, string verb, IReadOnlyDictionary<string, string>? data = null, bool submitsInputs = false)
    {
        var payload = new Dictionary<string, string>(data ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        var associatedInputs = submitsInputs ? "auto" : "none";
        return new ExecuteAction(title, verb)
        {
            Data = payload,
            AssociatedInputs = associatedInputs,
            Fallback = new SubmitAction(title)
            {
                Data = new Dictionary<string, string>(payload, StringComparer.Ordinal) { [VerbKey] = verb },
                AssociatedInputs = associatedInputs,
            },
        };
    }
}
