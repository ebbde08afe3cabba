namespace OutcomesBot.Dialogs.Stories;

/// <summary>
/// A story a staff member offered for their team's leaders and champions to approve. <see cref="Story"/> is what the
/// author wrote (their personal data until it is posted); <see cref="Decision"/> is null while it waits, then
/// <see cref="StoryOfferDecision.Approved"/> or <see cref="StoryOfferDecision.NotThisTime"/>, decided once.
/// </summary>
public sealed record StoryOffer
{
    public required Story Story { get; init; }
    public DateTimeOffset OfferedAt { get; init; }
    public StoryOfferDecision? Decision { get; init; }
    public string? DeciderAadObjectId { get; init; }
    public string? DeciderName { get; init; }
    public DateTimeOffset? DecidedAt { get; init; }
}
