namespace OutcomesBot.Dialogs.Exercises.Sharing;

/// <summary>
/// One finished entry (an exercise run) that its owner sent to one named person's 1:1 chat: who sent it, to whom, when,
/// and which entry. It holds no entry text: the card in the recipient's chat is the only copy of what was sent. It is the
/// sender's personal data ("entryShares" in my data).
/// </summary>
public sealed record EntryShare(
    string ShareId,
    string TenantId,
    string SenderId,
    string? SenderAadObjectId,
    string? SenderName,
    string RecipientId,
    string RecipientAadObjectId,
    string? RecipientName,
    string SessionId,
    string ExerciseId,
    DateTimeOffset SharedAt);
