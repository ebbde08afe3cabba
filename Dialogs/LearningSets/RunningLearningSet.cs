namespace OutcomesBot.Dialogs.LearningSets;

/// <summary>A set still running, as <c>learning set end</c> lists it: its team's name and the last round that opened (0: none yet).</summary>
public sealed record RunningLearningSet(LearningSet Set, string TeamName, int OpenedRound);
