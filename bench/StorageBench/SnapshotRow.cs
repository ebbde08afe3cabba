namespace OutcomesBot.StorageBench;

/// <summary>
/// BENCH-LOCAL stand-in for a weekly momentum snapshot (issue 4, item 5), shaped like one: the real port is being built
/// in parallel; at merge the momentum benchmark switches to it and these rows go away.
/// </summary>
internal sealed record SnapshotRow(
    string TeamId,
    DateTimeOffset WeekStart,
    int Answered,
    double ParticipationRate,
    double AverageConfidence,
    double ConfidenceTrend,
    int ReadinessIndex,
    int ExercisesCompleted,
    int LearningLogEntries,
    int SupportRequests)
{
    public static SnapshotRow Sample(int team, int week, DateTimeOffset firstWeek) => new(
        $"19:team-{team}@thread.tacv2", firstWeek.AddDays(7 * week), 5 + (week % 7), 0.5 + (week % 5 / 10.0), 2.5 + (team % 3 / 2.0),
        (week % 3) - 1, 40 + (week % 50), week % 4, week % 6, week % 3);
}
