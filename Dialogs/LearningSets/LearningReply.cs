namespace OutcomesBot.Dialogs.LearningSets;

/// <summary>What a learning-set press leads to: a card, or a short message.</summary>
public sealed record LearningReply(AdaptiveCard? Card, string? Message)
{
    public static LearningReply Show(AdaptiveCard card) => new(card, null);

    public static LearningReply Say(string message) => new(null, message);
}
