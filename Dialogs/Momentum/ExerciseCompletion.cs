namespace OutcomesBot.Dialogs.Momentum;

/// <summary>That an exercise was finished, and when: no person, no answers.</summary>
public sealed record ExerciseCompletion(string ExerciseId, DateTimeOffset CompletedAt);
