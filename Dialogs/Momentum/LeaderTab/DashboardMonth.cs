namespace OutcomesBot.Dialogs.Momentum.LeaderTab;

/// <summary>
/// One calendar month (UTC, "yyyy-MM") of the range. <see cref="PulseStatus"/> is a <see cref="FigureStatus"/>: the
/// condition means (1 to 5, by condition id) are there only when enough people answered the pulse that month. The counts
/// of activity (exercises by kind, learning-log entries, stories, learning-set rounds and answers) are team totals.
/// </summary>
public sealed record DashboardMonth(
    string Month,
    string PulseStatus,
    IReadOnlyDictionary<string, double> ConditionMeans,
    IReadOnlyDictionary<string, int> ExercisesByKind,
    int LearningLogEntries,
    int StoriesPosted,
    int Celebrations,
    int LearningRounds,
    int LearningAnswers);
