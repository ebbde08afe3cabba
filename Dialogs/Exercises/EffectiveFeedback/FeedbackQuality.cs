namespace OutcomesBot.Dialogs.Exercises.EffectiveFeedback;

/// <summary>One of the four marks of effective feedback in the guide (2.5.1), with a first step for a team that lacks it.</summary>
public sealed record FeedbackQuality(string Value, string Title, string Suggestion)
{
    /// <summary>The four qualities in the guide's order, which is also the order we suggest working on them.</summary>
    public static IReadOnlyList<FeedbackQuality> All { get; } =
    [
        new("timely", "Timely and regular",
            "Put feedback on a fixed rhythm, such as a standing item at every team meeting, so it arrives while the work is still fresh."),
        new("plain", "Clear, plain language",
            "Ask people to say what happened and what they suggest in a couple of everyday sentences, and drop the jargon."),
        new("examples", "Backed by examples",
            "Ask for one real story with every point, for example what a person said or what changed for them."),
        new("balanced", "Balanced, with solutions",
            "Pair every problem raised with an idea for fixing it, and make room for what went well too."),
    ];
}
