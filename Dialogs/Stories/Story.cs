namespace OutcomesBot.Dialogs.Stories;

/// <summary>A posted success story. Stories are kept; the author is personal data (export and delete).</summary>
public sealed record Story
{
    public required string StoryId { get; init; }
    public required string TeamId { get; init; }
    public required string TenantId { get; init; }
    public required string ChannelId { get; init; }
    public required string AuthorAadObjectId { get; init; }
    public string? AuthorName { get; init; }
    public required string Title { get; init; }
    public required string Mattered { get; init; }
    public required string Changed { get; init; }
    public required string Helped { get; init; }
    public required IReadOnlyList<string> OutcomeKinds { get; init; }
    public DateTimeOffset PostedAt { get; init; }

    /// <summary>
    /// Set when a take-down starts, before any digest is looked at (decision 081): from then on no digest carries the story,
    /// even one built or sent while the take-down runs. Null for a story that is up.
    /// </summary>
    public DateTimeOffset? TakenDownAt { get; init; }
}
