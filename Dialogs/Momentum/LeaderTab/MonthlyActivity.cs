namespace OutcomesBot.Dialogs.Momentum.LeaderTab;

/// <summary>A team's activity in one month: counts only.</summary>
public sealed record MonthlyActivity(
    IReadOnlyDictionary<string, int> ExercisesByKind,
    int LearningLogEntries,
    int StoriesPosted,
    int Celebrations,
    int LearningRounds,
    int LearningAnswers);
