namespace OutcomesBot.Dialogs.Exercises;

/// <summary>
/// One person's run of one exercise. <see cref="Version"/> goes up by one on every save; a save made from an
/// older version (another device, a retried request) is refused, so no answer is ever silently overwritten.
/// </summary>
public sealed record ExerciseSession
{
    public required string SessionId { get; init; }
    public required string PersonId { get; init; }
    public required string ExerciseId { get; init; }
    public required ExerciseSessionStatus Status { get; init; }

    /// <summary>Index into the exercise's steps of the step the person is on.</summary>
    public int StepIndex { get; init; }

    public ExerciseAnswers Answers { get; init; } = ExerciseAnswers.Empty;
    public long Version { get; init; }
    public DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>When the person shared the summary with a team (null: kept private).</summary>
    public DateTimeOffset? SharedAt { get; init; }
}
