namespace OutcomesBot.Dialogs.People;

/// <summary>A channel of a team: its id (19:...@thread.tacv2) and name.</summary>
public sealed record TeamChannel(string Id, string Name);
