namespace OutcomesBot.Dialogs.LearningSets;

/// <summary>One member's answer in one round; a later answer replaces it.</summary>
public sealed record LearningAnswer
{
    public required string SetId { get; init; }
    public required int Round { get; init; }
    public required string AadObjectId { get; init; }
    public string? Name { get; init; }
    public required string Challenge { get; init; }
    public required string Tried { get; init; }
    public required string Helped { get; init; }
    public required string NextAction { get; init; }
    public DateTimeOffset AnsweredAt { get; init; }
}
