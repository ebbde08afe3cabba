namespace OutcomesBot.Dialogs.Momentum.LeaderTab;

/// <summary>
/// One momentum week on the leaders' tab. When <see cref="Hidden"/> (fewer than the threshold answered) every figure from
/// answers is null, including how many answered. <see cref="ReadinessStatus"/> is a <see cref="FigureStatus"/>.
/// </summary>
public sealed record DashboardWeek(
    DateTimeOffset WeekStart,
    int Members,
    bool Hidden,
    int? Answered,
    int? ParticipationPercent,
    double? AverageConfidence,
    string ReadinessStatus,
    double? ReadinessIndex);
