namespace OutcomesBot.Dialogs.Exercises.Sharing;

/// <summary>A team channel a person may post a summary to: a channel of a team they are a member of.</summary>
public sealed record ShareDestination(string ConversationId, string Title)
{
    public string TeamId { get; init; } = "";
    public string TenantId { get; init; } = "";
}
