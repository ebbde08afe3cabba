namespace OutcomesBot.Dialogs.Stories;

/// <summary>What a leader or champion decided about an offered story.</summary>
public enum StoryOfferDecision
{
    Approved,
    NotThisTime,
}
