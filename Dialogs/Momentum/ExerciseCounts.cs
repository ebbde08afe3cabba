namespace OutcomesBot.Dialogs.Momentum;

/// <summary>
/// Exercises finished in a period: all of them, how many of those were learning-log entries, and how many different people
/// finished them (<see cref="People"/>, which the momentum threshold is applied to).
/// </summary>
public sealed record ExerciseCounts(int Completed, int LearningLogEntries, int People = 0);
