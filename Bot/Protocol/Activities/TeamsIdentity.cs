using System.Text.Json.Serialization;

namespace OutcomesBot.Bot.Protocol.Activities;

/// <summary>An id-and-name pair in Teams channelData (tenant, team, channel).</summary>
public sealed record TeamsIdentity
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? AadGroupId { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; init; }
}
