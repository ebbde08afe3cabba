namespace OutcomesBot.Bot.Protocol.Activities;

/// <summary>A user or bot in a conversation: Teams id (29:... or 28:...), name and Entra object id.</summary>
public sealed record ChannelAccount : WireRecord
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? AadObjectId { get; init; }
    public string? Role { get; init; }
}
