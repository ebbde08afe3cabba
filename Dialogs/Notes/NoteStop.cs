namespace OutcomesBot.Dialogs.Notes;

/// <summary>
/// A person's stop of one group of one-off notes (decision 096): who (their AAD object id, and the Teams id they pressed
/// with, for "my data"), which group, and when. Nothing they wrote.
/// </summary>
public sealed record NoteStop(string AadObjectId, string Group, string? TeamsUserId, DateTimeOffset StoppedAt);
