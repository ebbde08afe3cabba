namespace OutcomesBot.Bot.Protocol.Activities;

/// <summary>An id-and-name pair in Teams channelData (tenant, team, channel).</summary>
public sealed record TeamsIdentity : WireRecord
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? AadGroupId { get; init; }
}
