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
}
