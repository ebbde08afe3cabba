namespace OutcomesBot.Dialogs.Momentum.LeaderTab;

/// <summary>
/// Everything the team tab shows for a range, as anonymous aggregates only: no person's name, id or words. Weeks and
/// months below <see cref="MinimumAnswers"/> carry no figure from answers.
/// </summary>
public sealed record TeamDashboard(
    string TeamName,
    string Range,
    int MinimumAnswers,
    DateTimeOffset From,
    DateTimeOffset To,
    IReadOnlyList<DashboardWeek> Weeks,
    IReadOnlyList<DashboardMonth> Months,
    IReadOnlyList<PulseCondition> Conditions,
    IReadOnlyList<ExerciseKind> ExerciseKinds,
    IReadOnlyList<YouSaidEntry> YouSaid,
    IReadOnlyList<DashboardLearningSet> LearningSets);
