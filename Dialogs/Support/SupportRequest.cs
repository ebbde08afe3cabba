namespace OutcomesBot.Dialogs.Support;

/// <summary>
/// The asker's side of a named support request: who asked, in which team, and what they wrote about it
/// (<see cref="About"/> is personal text: shown only to the person it was sent to, never logged). It does not name the
/// recipient, so the recipient's data can be deleted without touching the asker's.
/// </summary>
public sealed record SupportRequest(
    string RequestId,
    string TenantId,
    string TeamId,
    string AskerId,
    string? AskerAadObjectId,
    string? AskerName,
    string? About,
    DateTimeOffset AskedAt);
