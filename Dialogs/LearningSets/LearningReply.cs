namespace OutcomesBot.Dialogs.LearningSets;

/// <summary>What a learning-set press leads to: a card, or a short message.</summary>
public sealed record LearningReply(AdaptiveCard? Card, string? Message)
{
    /// <summary>The person may not start a set here: the answer goes where they asked, never to their 1:1 chat instead.</summary>
    public bool IsRefusal { get; private init; }

    public static LearningReply Show(AdaptiveCard card) => new(card, null);

    public static LearningReply Say(string message) => new(null, message);

    public static LearningReply Refuse(AdaptiveCard card) => new(card, null) { IsRefusal = true };
}
