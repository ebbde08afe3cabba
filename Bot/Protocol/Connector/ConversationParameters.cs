using OutcomesBot.Bot.Protocol.Activities;

namespace OutcomesBot.Bot.Protocol.Connector;

/// <summary>The body of POST /v3/conversations: a 1:1 chat with one member, in one tenant.</summary>
public sealed record ConversationParameters
{
    public bool IsGroup { get; init; }
    public ChannelAccount? Bot { get; init; }
    public IReadOnlyList<ChannelAccount> Members { get; init; } = [];
    public string? TenantId { get; init; }
    public TeamsChannelData? ChannelData { get; init; }
}
