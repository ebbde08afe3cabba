namespace OutcomesBot.Dialogs.Stories;

/// <summary>A team channel a story can be posted to, and the team it belongs to.</summary>
public sealed record StoryChannel(string ConversationId, string TeamId, string TenantId, string Title);
