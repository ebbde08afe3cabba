namespace OutcomesBot.Dialogs.MyData;

/// <summary>The ids one person is known by: the Teams user id (29:...) and, when known, the AAD object id.</summary>
public sealed record PersonIdentity(string TeamsUserId, string? AadObjectId);
