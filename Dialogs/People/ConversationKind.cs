namespace OutcomesBot.Dialogs.People;

/// <summary>Where a conversation lives in Teams.</summary>
public enum ConversationKind
{
    Personal,
    GroupChat,
    Channel,
}
