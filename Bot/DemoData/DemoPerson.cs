namespace OutcomesBot.Bot.DemoData;

/// <summary>One member of the demo team: their Teams user id (the Playground's), AAD object id and name.</summary>
public sealed record DemoPerson(string TeamsUserId, string AadObjectId, string Name);
