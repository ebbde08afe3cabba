namespace OutcomesBot.Dialogs.Momentum;

/// <summary>Exercises finished in a period: all of them, and how many of those were learning-log entries.</summary>
public sealed record ExerciseCounts(int Completed, int LearningLogEntries);
