namespace OutcomesBot.Dialogs.Momentum.YouSaid;

/// <summary>
/// A leader's "you said, we did" response to a team: their own words (<see cref="Text"/>), the anonymous theme ids it
/// answers, and when it was sent. <see cref="LeaderId"/> is the leader's Teams user id; nothing about answerers is kept.
/// </summary>
public sealed record YouSaidResponse
{
    public required string ResponseId { get; init; }
    public required string TeamId { get; init; }
    public required string LeaderId { get; init; }
    public string? LeaderAadObjectId { get; init; }
    public required string Text { get; init; }
    public IReadOnlyList<string> ThemeIds { get; init; } = [];
    public string? CycleId { get; init; }
    public DateTimeOffset SentAt { get; init; }
    public int Recipients { get; init; }
}
