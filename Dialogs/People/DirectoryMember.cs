namespace OutcomesBot.Dialogs.People;

/// <summary>A team member as the directory lists them: AAD object id, display name and whether they own the team.</summary>
public sealed record DirectoryMember(string AadObjectId, string? Name, bool IsOwner);
