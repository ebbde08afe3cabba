namespace OutcomesBot.Dialogs.People;

/// <summary>
/// Everything needed to message a conversation later without being asked: where its connector lives
/// (<see cref="ServiceUrl"/>), which tenant it belongs to, and for a 1:1 chat, which user it is with.
/// </summary>
public sealed record ConversationReference
{
    public required string ConversationId { get; init; }
    public required string ServiceUrl { get; init; }
    public required ConversationKind Kind { get; init; }
    public string? TenantId { get; init; }
    public string? BotId { get; init; }
    public string? BotName { get; init; }

    /// <summary>The Teams user id (29:...) in a personal chat; null in channels and group chats.</summary>
    public string? UserId { get; init; }

    public string? TeamId { get; init; }
    public string? TeamName { get; init; }
    public string? ChannelId { get; init; }
    public string? Name { get; init; }
    public bool IsInstalled { get; init; } = true;
    public DateTimeOffset UpdatedAt { get; init; }
}
