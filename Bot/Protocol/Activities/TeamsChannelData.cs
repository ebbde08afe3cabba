namespace OutcomesBot.Bot.Protocol.Activities;

/// <summary>Teams' channelData: tenant, team, channel and the conversationUpdate event type.</summary>
public sealed record TeamsChannelData : WireRecord
{
    public TeamsIdentity? Tenant { get; init; }
    public TeamsIdentity? Team { get; init; }
    public TeamsIdentity? Channel { get; init; }
    public string? EventType { get; init; }
}
