namespace OutcomesBot.Dialogs.Momentum.LeaderTab;

/// <summary>
/// One month of the tab (<see cref="TabMonths"/>: the weeks that start in it), whatever the range, its figures added up from
/// its frozen weeks once they are all over. <see cref="PulseStatus"/> and <see cref="ExercisesStatus"/> are
/// <see cref="FigureStatus"/>es: the condition means (1 to 5, by condition id) are there only for conditions a week showed,
/// and the exercises by kind and learning-log entries (null unless shown) only from the weeks in which at least the
/// threshold of people finished exercises. Stories, celebrations and learning-set rounds and answers are the channel's counts.
/// </summary>
public sealed record DashboardMonth(
    string Month,
    string PulseStatus,
    IReadOnlyDictionary<string, double> ConditionMeans,
    string ExercisesStatus,
    IReadOnlyDictionary<string, int> ExercisesByKind,
    int? LearningLogEntries,
    int StoriesPosted,
    int Celebrations,
    int LearningRounds,
    int LearningAnswers);
