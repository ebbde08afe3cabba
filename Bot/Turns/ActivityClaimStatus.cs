namespace OutcomesBot.Bot.Turns;

/// <summary>Whether an activity is new, being processed, or done.</summary>
public enum ActivityClaimStatus
{
    Claimed,
    InProgress,
    Completed,
}
