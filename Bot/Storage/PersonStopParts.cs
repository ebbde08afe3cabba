namespace OutcomesBot.Bot.Storage;

/// <summary>What every person's stop is made of, whatever its kind: its scope (a group of notes, a team), the person, and when.</summary>
internal readonly record struct PersonStopParts(string Scope, string AadObjectId, string? TeamsUserId, DateTimeOffset StoppedAt);
