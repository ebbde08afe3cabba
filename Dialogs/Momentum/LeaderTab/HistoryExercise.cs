namespace OutcomesBot.Dialogs.Momentum.LeaderTab;

/// <summary>One exercise the person finished, by kind and time.</summary>
public sealed record HistoryExercise(DateTimeOffset CompletedAt, string ExerciseId, string Title);
