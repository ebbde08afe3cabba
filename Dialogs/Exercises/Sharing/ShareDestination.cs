namespace OutcomesBot.Dialogs.Exercises.Sharing;

/// <summary>A team channel a person may post a summary to.</summary>
public sealed record ShareDestination(string ConversationId, string Title);
