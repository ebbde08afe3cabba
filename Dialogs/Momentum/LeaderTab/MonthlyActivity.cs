namespace OutcomesBot.Dialogs.Momentum.LeaderTab;

/// <summary>A team's channel activity in one month: stories and their celebrations, action-learning rounds and their answers; counts only.</summary>
public sealed record MonthlyActivity(int StoriesPosted, int Celebrations, int LearningRounds, int LearningAnswers);
