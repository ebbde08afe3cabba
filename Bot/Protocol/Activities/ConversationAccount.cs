namespace OutcomesBot.Bot.Protocol.Activities;

/// <summary>The conversation an activity belongs to; <see cref="ConversationType"/> is personal, groupChat or channel.</summary>
public sealed record ConversationAccount : WireRecord
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public bool? IsGroup { get; init; }
    public string? ConversationType { get; init; }
    public string? TenantId { get; init; }
}
