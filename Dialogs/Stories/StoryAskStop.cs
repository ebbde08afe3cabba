namespace OutcomesBot.Dialogs.Stories;

/// <summary>
/// A champion's stop of the weekly ask for a story in one team (decision 079): who (their AAD object id, and the Teams id
/// they pressed with, for "my data"), which team, and when. Nothing they wrote.
/// </summary>
public sealed record StoryAskStop(string TeamId, string AadObjectId, string? TeamsUserId, DateTimeOffset StoppedAt);
