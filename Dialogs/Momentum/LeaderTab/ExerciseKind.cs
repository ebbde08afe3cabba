namespace OutcomesBot.Dialogs.Momentum.LeaderTab;

/// <summary>An exercise of the guide, as the tab names it.</summary>
public sealed record ExerciseKind(string Id, string Title);
