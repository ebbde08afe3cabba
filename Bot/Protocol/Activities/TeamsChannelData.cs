using System.Text.Json.Serialization;

namespace OutcomesBot.Bot.Protocol.Activities;

/// <summary>Teams' channelData: tenant, team, channel and the conversationUpdate event type.</summary>
public sealed record TeamsChannelData
{
    public TeamsIdentity? Tenant { get; init; }
    public TeamsIdentity? Team { get; init; }
    public TeamsIdentity? Channel { get; init; }
    public string? EventType { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; init; }
}
