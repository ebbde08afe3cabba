namespace OutcomesBot.Scheduler.Delivery;

/// <summary>What one attempt to send a proactive message came to.</summary>
public enum SendResultKind
{
    Sent,
    RetryAfter,
    Transient,
    Blocked,
    ConversationNotFound,
    PermanentFailure,
}
