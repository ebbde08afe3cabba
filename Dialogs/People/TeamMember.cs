namespace OutcomesBot.Dialogs.People;

/// <summary>
/// A person in a team. Members are keyed by <see cref="AadObjectId"/>, which both Graph and Teams activities carry;
/// <see cref="TeamsUserId"/> (29:...) is known once the connector's roster or one of their messages has shown it.
/// <see cref="IsOwner"/> comes from the roster; <see cref="IsChampion"/> is set by a leader and survives roster syncs.
/// </summary>
public sealed record TeamMember
{
    public required string TeamId { get; init; }
    public required string AadObjectId { get; init; }
    public string? TeamsUserId { get; init; }
    public string? Name { get; init; }
    public bool IsOwner { get; init; }
    public bool IsChampion { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
}
