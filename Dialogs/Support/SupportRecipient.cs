namespace OutcomesBot.Dialogs.Support;

/// <summary>The recipient's side of a named support request: who it was sent to, and when they saw it and followed it up.</summary>
public sealed record SupportRecipient(
    string RequestId,
    string RecipientId,
    string RecipientAadObjectId,
    string? RecipientName,
    DateTimeOffset AskedAt,
    DateTimeOffset? SeenAt = null,
    DateTimeOffset? DoneAt = null);
